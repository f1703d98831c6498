package org.motcua.kiosk.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;

import org.motcua.kiosk.catalog.ui.ProcedureView;
import org.motcua.kiosk.kiosk.HomeView;
import org.motcua.kiosk.pairing.ScreenPurpose;
import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.OpeningHours;
import org.motcua.kiosk.queue.PriorityGroup;
import org.motcua.kiosk.queue.QueueEvent;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.support.KaribuHarness;
import org.motcua.kiosk.support.ManualClock;

/** A citizen takes a number in two taps, with or without priority, or straight from a procedure's page. */
@Import({ManualClock.Config.class, TakeNumberScreensTest.Issued.class})
class TakeNumberScreensTest extends KaribuHarness {

    @Autowired
    QueueService queue;
    @Autowired
    ManualClock clock;
    @Autowired
    Issued issued;

    /** What printing will listen to. */
    static class Issued {
        final List<QueueEvent.TicketIssued> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(QueueEvent.TicketIssued e) {
            events.add(e);
        }
    }

    @BeforeEach
    void wednesdayMorning() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
    }

    @Test
    void twoTapsFromHomeToANumberOnScreen() {
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(Button.class, spec -> spec.withAttribute("data-tile", "tile.queue.title")));
        assertThat(screenText()).contains("Chọn dịch vụ cần làm", "Hộ tịch, chứng thực", "Đất đai, xây dựng", "Quầy 1, 2, 5");

        _click(_get(Button.class, spec -> spec.withAttribute("data-service", "ho-tich")));  // tap 1
        assertThat(screenText()).contains("Quý khách có thuộc đối tượng ưu tiên không?", "Người cao tuổi (từ 60 tuổi)");
        _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "none")));   // tap 2

        assertThat(currentView()).isInstanceOf(TicketView.class);
        Ticket ticket = queue.ticket(issued.events.getLast().ticketId()).orElseThrow();
        assertThat(ticket.display()).matches("A\\d{3}");
        assertThat(screenText()).contains("SỐ THỨ TỰ CỦA QUÝ KHÁCH", ticket.display(), "Dịch vụ: Hộ tịch, chứng thực",
                "Mời đến quầy: 1, 2, 5", "Số người đang chờ trước quý khách:", "Vui lòng theo dõi màn hình và loa gọi số.");
        assertThat(issued.events.getLast().display()).isEqualTo(ticket.display());

        _click(_get(Button.class, spec -> spec.withText("Xong")));
        assertThat(currentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void aPriorityNumberSaysSoAndIsCountedOnlyBehindOtherPriorities() {
        UI.getCurrent().navigate("lay-so/dat-dai");
        _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "ELDERLY")));
        assertThat(screenText()).contains("Ưu tiên: Người cao tuổi (từ 60 tuổi)", "Quý khách sẽ được gọi ngay");
        Ticket ticket = queue.ticket(issued.events.getLast().ticketId()).orElseThrow();
        assertThat(ticket.priority()).isEqualTo(PriorityGroup.ELDERLY);
        assertThat(ticket.display()).startsWith("B");
    }

    @Test
    void fromAProcedureStraightToItsService() {
        UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", "1.001193"));
        _click(_get(Button.class, spec -> spec.withText("Lấy số cho thủ tục này")));
        assertThat(screenText()).contains("Dịch vụ: Hộ tịch, chứng thực", "Thủ tục: 1.001193");
        _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "none")));
        assertThat(queue.ticket(issued.events.getLast().ticketId()).orElseThrow().procedureCode()).isEqualTo("1.001193");
    }

    @Test
    void aClosedServiceCannotBeChosenAndSaysWhy() {
        queue.saveService(new ServiceType("sang", "S", "Chỉ buổi sáng", null, List.of(),
                OpeningHours.parse("07:30-11:30", "MON,TUE,WED,THU,FRI"), null, 1, 999, 90, true));
        queue.saveCounter(new Counter(90, "Quầy 90", true, Set.of("sang")));
        clock.set(LocalDateTime.of(2026, 11, 18, 14, 0));
        UI.getCurrent().navigate(TakeNumberView.class);
        Button morning = _get(Button.class, spec -> spec.withAttribute("data-service", "sang"));
        assertThat(morning.isEnabled()).isFalse();
        assertThat(screenText()).contains("Tạm ngừng cấp số", "Ngoài giờ cấp số của dịch vụ “Chỉ buổi sáng”. Giờ cấp số: 07:30-11:30.");

        // Whoever reaches the second step anyway is told, and gets no number.
        int before = issued.events.size();
        UI.getCurrent().navigate("lay-so/sang");
        _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "none")));
        assertThat(screenText()).contains("Ngoài giờ cấp số");
        assertThat(issued.events).hasSize(before);
    }

    @Test
    void homeOffersFindingTakingANumberAndRatingInThatOrder() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Button.class, spec -> spec.withClasses("kiosk-tile")))
                .extracting(b -> b.getElement().getAttribute("data-tile"))
                .containsExactly("tile.catalog.title", "tile.queue.title", "tile.rating.title");
        assertThat(screenText()).contains("Tra cứu thủ tục", "Lấy số thứ tự", "Đánh giá hài lòng");
    }
    @Test
    void aPhoneOnTheOfficeLanIsSentToTheKioskAndGetsNoNumber() {
        int before = issued.events.size();
        fromAddress("192.168.1.77", null);
        UI.getCurrent().navigate("lay-so");
        assertThat(currentView()).isInstanceOf(KioskOnlyView.class);
        assertThat(screenText()).contains("Vui lòng lấy số tại ki-ốt", "Queue numbers are issued at the kiosk");
        UI.getCurrent().navigate("lay-so/ho-tich");
        assertThat(currentView()).isInstanceOf(KioskOnlyView.class);
        assertThat(_find(Button.class, spec -> spec.withAttribute("data-priority", "none"))).isEmpty();
        assertThat(issued.events).hasSize(before);
        _click(_get(Button.class, spec -> spec.withText("Về trang chủ")));
        assertThat(currentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void aKioskScreenOnTheLanTakesNumbersOncePaired() {
        pairThisBrowser(ScreenPurpose.KIOSK, null, "192.168.1.40");
        int before = issued.events.size();
        UI.getCurrent().navigate("lay-so/ho-tich");
        _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "none")));
        assertThat(currentView()).isInstanceOf(TicketView.class);
        assertThat(issued.events).hasSize(before + 1);
    }

    @Test
    void oneScreenTakesAtMostSixNumbersAMinute() {
        int before = issued.events.size();
        UI.getCurrent().navigate("lay-so/ho-tich");
        for (int i = 0; i < TicketIssuing.PER_MINUTE; i++) {
            UI.getCurrent().navigate("lay-so/ho-tich");
            _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "none")));
            assertThat(currentView()).isInstanceOf(TicketView.class);
        }
        UI.getCurrent().navigate("lay-so/ho-tich");
        _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "none")));
        assertThat(currentView()).isInstanceOf(PriorityView.class);
        assertThat(screenText()).contains("Màn hình này vừa cấp nhiều số liên tiếp");
        assertThat(issued.events).hasSize(before + TicketIssuing.PER_MINUTE);

        clock.advance(java.time.Duration.ofMinutes(1));
        _click(_get(Button.class, spec -> spec.withAttribute("data-priority", "none")));
        assertThat(currentView()).isInstanceOf(TicketView.class);
        assertThat(issued.events).hasSize(before + TicketIssuing.PER_MINUTE + 1);
    }
}
