package org.motcua.kiosk.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import org.motcua.kiosk.base.OfficeProperties;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.support.KaribuHarness;
import org.motcua.kiosk.support.ManualClock;

/** The page a ticket's QR code opens on the citizen's phone follows the ticket without a reload. */
@Import(ManualClock.Config.class)
class TicketStatusScreenTest extends KaribuHarness {

    @Autowired
    QueueService queue;
    @Autowired
    ManualClock clock;
    @Autowired
    OfficeProperties office;

    @Test
    void waitingThenCalledThenDone() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
        while (true) {
            try {
                queue.callNext(3, "cb");
                queue.finish(3, "cb");
            } catch (org.motcua.kiosk.queue.QueueException empty) {
                break;
            }
        }
        queue.issueTicket("dat-dai", null);
        Ticket mine = queue.issueTicket("dat-dai", null).ticket();
        assertThat(office.ticketLink(mine.id())).isEqualTo("http://localhost:8080/ve/" + mine.id());

        UI.getCurrent().navigate("ve/" + mine.id());
        assertThat(screenText()).contains("Số " + mine.display(), "Đang chờ. Số người đang chờ trước quý khách: 1.",
                "Dịch vụ: Đất đai, xây dựng", "Ngày 18/11/2026");

        queue.callNext(3, "cb");
        queue.finish(3, "cb");
        queue.callNext(3, "cb");
        MockVaadin.runUIQueue();
        assertThat(screenText()).contains("Đã được gọi đến quầy 3.");
        queue.finish(3, "cb");
        MockVaadin.runUIQueue();
        assertThat(screenText()).contains("Đã xong. Cảm ơn quý khách!");
    }

    @Test
    void aNumberOfAnEarlierDaySaysItHasExpiredAndHowToGetANewOne() {
        clock.set(LocalDateTime.of(2026, 11, 19, 16, 50));
        Ticket yesterdays = queue.issueTicket("ho-tich", null).ticket();
        clock.set(LocalDateTime.of(2026, 11, 20, 8, 0));
        UI.getCurrent().navigate("ve/" + yesterdays.id());
        assertThat(screenText()).contains("Số " + yesterdays.display(),
                        "Số này đã hết hạn: số thứ tự chỉ được gọi trong ngày cấp (19/11/2026). Vui lòng lấy số mới tại ki-ốt.")
                .doesNotContain("Đang chờ");
    }

    @Test
    void aQueueEventThatChangesNothingForThisTicketDoesNotRedrawIt() {
        clock.set(LocalDateTime.of(2026, 11, 21, 9, 0));
        Ticket mine = queue.issueTicket("dat-dai", null).ticket();
        UI.getCurrent().navigate("ve/" + mine.id());
        var shown = _get(com.vaadin.flow.component.html.H1.class);
        // another service's citizens come and go: this page says the same, with the same elements
        for (int i = 0; i < 5; i++) {
            queue.issueTicket("ho-tich", null);
            MockVaadin.runUIQueue();
        }
        assertThat(_get(com.vaadin.flow.component.html.H1.class)).isSameAs(shown);
        queue.issueTicket("dat-dai", null); // behind this ticket: still nothing changes for it
        MockVaadin.runUIQueue();
        assertThat(_get(com.vaadin.flow.component.html.H1.class)).isSameAs(shown);
    }

    @Test
    void anUnknownOrMalformedTicketSaysSo() {
        UI.getCurrent().navigate("ve/not-a-ticket");
        assertThat(screenText()).contains("Không tìm thấy số thứ tự này.");
        UI.getCurrent().navigate("ve/" + java.util.UUID.randomUUID());
        assertThat(screenText()).contains("Không tìm thấy số thứ tự này.");
    }
}
