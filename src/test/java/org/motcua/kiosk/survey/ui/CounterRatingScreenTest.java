package org.motcua.kiosk.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.motcua.kiosk.pairing.PairedScreens;
import org.motcua.kiosk.pairing.PairingPanel;
import org.motcua.kiosk.pairing.PairingRequest;
import org.motcua.kiosk.pairing.ScreenPurpose;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.survey.SurveyService;

/**
 * The screen facing the citizen at a counter: locked and calm until the officer finishes a ticket there, then the
 * number, the officer and the faces; a rating with reasons and a comment typed on the kiosk keyboard is stored
 * bound to the ticket, counter and officer; thank you, then locked again. The officer's close and the timeout lock it.
 */
class CounterRatingScreenTest extends RatingScreens {

    @Autowired
    QueueService queue;
    @Autowired
    SurveyService survey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PairedScreens screens;

    private CounterRatingView openScreen(int counter) {
        pairThisBrowser(ScreenPurpose.RATING, counter, "192.168.1.31");
        UI.getCurrent().navigate("danh-gia/quay/" + counter);
        return (CounterRatingView) currentView();
    }

    private Ticket finishOne(ServiceType s, int counter, String officer) {
        Ticket t = queue.issueTicket(s.id(), null).ticket();
        queue.callNext(counter, officer);
        queue.finish(counter, officer);
        return t;
    }

    @Test
    void unlocksWhenTheOfficerFinishesThenTakesADissatisfiedRatingWithReasonsAndAComment() throws Exception {
        int[] c = new int[1];
        ServiceType s = serviceAndCounter(queue, c);
        int counter = c[0];
        CounterRatingView view = openScreen(counter);
        assertThat(screenText()).contains("Quầy " + counter + " — mời quý khách đánh giá sau khi nhận kết quả");
        assertThat(_find(Button.class)).as("nothing to press while locked").isEmpty();

        Ticket t = finishOne(s, counter, "canbo-an");
        MockVaadin.runUIQueue();
        assertThat(view.getElement().getAttribute("data-state")).isEqualTo("open");
        assertThat(screenText()).contains("Số " + t.display(), "Cán bộ: canbo-an", "Rất hài lòng", "Hài lòng",
                "Không hài lòng").doesNotContain("mời quý khách đánh giá sau khi nhận kết quả");

        press("Không hài lòng");
        assertThat(screenText()).contains("Quý khách đã chọn: Không hài lòng", "Chờ lâu", "Thái độ cán bộ",
                "Góp ý thêm (không bắt buộc)", "Thời gian nhận kết quả so với quy định?");
        assertThat(_find(Button.class, spec -> spec.withText("Bỏ qua"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withAttribute("data-reason", "LONG_WAIT")));
        _click(_get(Button.class, spec -> spec.withAttribute("data-reason", "STAFF_ATTITUDE")));
        assertThat(_get(Button.class, spec -> spec.withAttribute("data-reason", "LONG_WAIT"))
                .getElement().getAttribute("aria-pressed")).isEqualTo("true");
        for (String key : List.of("c", "h", "ơ", "tone-grave", "kb-space", "l", "â", "u")) {
            pressKey(key);
        }
        assertThat(view.panel.comment.getValue()).isEqualTo("chờ lâu");
        press("Gửi");

        assertThat(screenText()).contains("Cảm ơn quý khách!");
        List<Map<String, Object>> rows = ratingsOfTicket(jdbc, t.id());
        assertThat(rows).hasSize(1);
        Map<String, Object> r = rows.getFirst();
        assertThat(r.get("counted")).isEqualTo(true);
        assertThat(r.get("dissatisfied")).isEqualTo(true);
        assertThat(r.get("level")).isEqualTo(3);
        assertThat(r.get("reasons")).isEqualTo("LONG_WAIT,STAFF_ATTITUDE");
        assertThat(r.get("comment_text")).isEqualTo("chờ lâu");
        assertThat(r.get("counter_num")).isEqualTo(counter);
        assertThat(r.get("officer")).isEqualTo("canbo-an");
        assertThat(r.get("ticket_display")).isEqualTo(t.display());
        assertThat(r.get("channel")).isEqualTo("COUNTER_SCREEN");

        waitFor(() -> "locked".equals(view.getElement().getAttribute("data-state")));
        assertThat(screenText()).contains("Quầy " + counter + " — mời quý khách đánh giá sau khi nhận kết quả");
        assertThat(_find(Button.class)).isEmpty();
    }

    @Test
    void theOfficerClosingTheWindowLocksTheScreen() {
        int[] c = new int[1];
        ServiceType s = serviceAndCounter(queue, c);
        CounterRatingView view = openScreen(c[0]);
        Ticket t = finishOne(s, c[0], "canbo-binh");
        MockVaadin.runUIQueue();
        assertThat(screenText()).contains("Số " + t.display());

        survey.closeWindow(c[0]);
        MockVaadin.runUIQueue();
        assertThat(view.getElement().getAttribute("data-state")).isEqualTo("locked");
        assertThat(_find(Button.class)).isEmpty();
        assertThat(ratingsOfTicket(jdbc, t.id())).isEmpty();
    }

    @Test
    void theWindowTimingOutLocksTheScreenAndNothingIsStored() throws Exception {
        int[] c = new int[1];
        ServiceType s = serviceAndCounter(queue, c);
        CounterRatingView view = openScreen(c[0]);
        Ticket t = finishOne(s, c[0], "canbo-cuc");
        MockVaadin.runUIQueue();
        assertThat(view.getElement().getAttribute("data-state")).isEqualTo("open");

        waitFor(() -> "locked".equals(view.getElement().getAttribute("data-state")));
        assertThat(_find(Button.class)).isEmpty();
        assertThat(ratingsOfTicket(jdbc, t.id())).isEmpty();
    }

    @Test
    void aScreenOpenedWhileAWindowIsOpenShowsItAndALevelLeftUnsentIsSentBeforeTheWindowEnds() throws Exception {
        int[] c = new int[1];
        ServiceType s = serviceAndCounter(queue, c);
        Ticket t = finishOne(s, c[0], "canbo-dung");
        CounterRatingView view = openScreen(c[0]);
        assertThat(screenText()).contains("Số " + t.display(), "Cán bộ: canbo-dung");

        press("Hài lòng");
        assertThat(screenText()).contains("Quý khách đã chọn: Hài lòng", "Bỏ qua");
        _click(_get(Button.class, spec -> spec.withAttribute("data-answer", "C7_ATTITUDE.2")));
        // The citizen walks away: what was chosen is sent before the window closes, not lost.
        waitFor(() -> !ratingsOfTicket(jdbc, t.id()).isEmpty());
        Map<String, Object> r = ratingsOfTicket(jdbc, t.id()).getFirst();
        assertThat(r.get("level")).isEqualTo(2);
        assertThat(r.get("counted")).isEqualTo(true);
        assertThat(r.get("c7_attitude")).isEqualTo(2);
        waitFor(() -> "locked".equals(view.getElement().getAttribute("data-state")));
    }

    @Test
    void anUnknownCounterSaysHowToPair() {
        UI.getCurrent().navigate("danh-gia/quay/9999");
        assertThat(screenText()).contains("Không có quầy số 9999", "/danh-gia/quay/");
    }
    @Test
    void aBrowserThatIsNotTheCountersPairedScreenSeesOnlyACodeAndCannotRate() throws Exception {
        int[] c = new int[1];
        ServiceType s = serviceAndCounter(queue, c);
        pairThisBrowser(ScreenPurpose.RATING, c[0], "192.168.1.31");
        // the attack of the issue: any browser that opens the counter's address
        fromAddress("192.168.1.66", null);
        UI.getCurrent().navigate("danh-gia/quay/" + c[0]);
        CounterRatingView intruder = (CounterRatingView) currentView();
        assertThat(screenText()).contains("Màn hình này chưa được ghép nối", "màn hình đánh giá của quầy " + c[0],
                "This screen is not paired");
        assertThat(_get(PairingPanel.class).shownCode()).matches("\\d{6}");
        Ticket t = finishOne(s, c[0], "canbo-dung");
        MockVaadin.runUIQueue();
        assertThat(intruder.getElement().getAttribute("data-state")).isEqualTo("locked");
        assertThat(_find(Button.class)).isEmpty();
        assertThat(screenText()).doesNotContain(t.display());
        assertThat(ratingsOfTicket(jdbc, t.id())).isEmpty();
    }

    @Test
    void theBackOfficeListsOnlyTheCodeAnUnpairedScreenShowsNow() {
        int[] c = new int[1];
        serviceAndCounter(queue, c);
        fromAddress("192.168.1.67", null);
        UI.getCurrent().navigate("danh-gia/quay/" + c[0]);
        String first = _get(PairingPanel.class).shownCode();
        assertThat(screens.waiting()).extracting(PairingRequest::code).contains(first);
        // the page left (its browser closed it): its code pairs nothing any more
        UI.getCurrent().navigate("");
        assertThat(screens.waiting()).extracting(PairingRequest::code).doesNotContain(first);
        // opened again: a new code, and only it, waits for this screen
        UI.getCurrent().navigate("danh-gia/quay/" + c[0]);
        String shown = _get(PairingPanel.class).shownCode();
        assertThat(screens.waiting()).filteredOn(r -> "192.168.1.67".equals(r.address()))
                .extracting(PairingRequest::code).containsExactly(shown);
    }

    @Test
    void pairingAnotherScreenToTheCounterUnpairsTheFirst() {
        int[] c = new int[1];
        serviceAndCounter(queue, c);
        String first = pairThisBrowser(ScreenPurpose.RATING, c[0], "192.168.1.31");
        UI.getCurrent().navigate("danh-gia/quay/" + c[0]);
        assertThat(screenText()).contains("mời quý khách đánh giá sau khi nhận kết quả");

        pairThisBrowser(ScreenPurpose.RATING, c[0], "192.168.1.32");
        UI.getCurrent().navigate("danh-gia/quay/" + c[0]);
        assertThat(screenText()).contains("mời quý khách đánh giá sau khi nhận kết quả");

        fromAddress("192.168.1.31", first);
        UI.getCurrent().navigate("danh-gia/quay/" + c[0]);
        assertThat(screenText()).contains("Màn hình này chưa được ghép nối")
                .doesNotContain("mời quý khách đánh giá sau khi nhận kết quả");
    }

    @Test
    void aScreenPairedToAnotherCounterIsNotThisCountersScreen() {
        int[] c = new int[1];
        int[] other = new int[1];
        serviceAndCounter(queue, c);
        serviceAndCounter(queue, other);
        pairThisBrowser(ScreenPurpose.RATING, c[0], "192.168.1.31");
        UI.getCurrent().navigate("danh-gia/quay/" + other[0]);
        assertThat(screenText()).contains("Màn hình này chưa được ghép nối");
    }
}
