package org.motcua.kiosk.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;

import tools.jackson.databind.node.JsonNodeFactory;

import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.support.KaribuHarness;
import org.motcua.kiosk.support.ManualClock;

/**
 * The hall board without a browser: what it shows after calls made elsewhere, and its voice: one call at a time,
 * the next only after the browser says the last one ended, bounded, and silent when muted. Every test runs on a day
 * of its own (the clock moves), so the demo office starts each test with an empty queue.
 */
@Import(ManualClock.Config.class)
class DisplayBoardViewTest extends KaribuHarness {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired
    QueueService queue;
    @Autowired
    ManualClock clock;

    @BeforeEach
    void aFreshDay() {
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0).plusDays(DAY.getAndIncrement()));
    }

    private DisplayBoardView openBoard() {
        UI.getCurrent().navigate(DisplayBoardView.class);
        return (DisplayBoardView) currentView();
    }

    /** What the server pushes after an event elsewhere: the access tasks QueueBroadcaster queued for this UI. */
    private static void pushed() {
        MockVaadin.clientRoundtrip(false);
    }

    private static String latest() {
        return text(_get(Div.class, spec -> spec.withId("board-latest")));
    }

    @Test
    void showsTheCallTheCountersAndTheWaitingWithoutReload() {
        DisplayBoardView board = openBoard();
        assertThat(latest()).isEqualTo("Chưa có số nào được gọi. Xin mời quý khách chờ.");
        assertThat(screenText()).contains("Trung tâm Phục vụ hành chính công phường Mẫu", "Số vừa gọi", "Đang chờ",
                "Quầy 1 – Hộ tịch", "Quầy 5 – Trả kết quả", "Hộ tịch, chứng thực 0 người");

        for (int i = 0; i < 3; i++) {
            queue.issueTicket("ho-tich", null);
        }
        queue.issueTicket("dat-dai", null);
        pushed();
        assertThat(counterLine("ho-tich")).isEqualTo("A Hộ tịch, chứng thực 3 người");
        assertThat(counterLine("dat-dai")).isEqualTo("B Đất đai, xây dựng 1 người");

        callNext(3);
        pushed();
        assertThat(currentView()).isSameAs(board);
        assertThat(latest()).isEqualTo("MỜI CÔNG DÂN SỐ B001 QUẦY 3");
        assertThat(board.getChildren().anyMatch(c -> c.hasClassName("board-latest"))).isTrue();
        assertThat(counterCell(3)).isEqualTo("Quầy 3 – Đất đai B001");
        assertThat(counterCell(1)).isEqualTo("Quầy 1 – Hộ tịch —");
        assertThat(counterLine("dat-dai")).endsWith("0 người");

        callNext(1);
        pushed();
        assertThat(latest()).isEqualTo("MỜI CÔNG DÂN SỐ A001 QUẦY 1");
        assertThat(_get(Div.class, spec -> spec.withClasses("board-latest-body")).hasClassName("board-fresh")).isTrue();
        assertThat(counterCell(1)).isEqualTo("Quầy 1 – Hộ tịch A001");
        assertThat(counterLine("ho-tich")).endsWith("2 người");
        assertThat(text(_get(Div.class, spec -> spec.withClasses("board-call")))).isEqualTo("B001 Quầy 3");

        recall(3);
        pushed();
        assertThat(latest()).isEqualTo("MỜI LẠI CÔNG DÂN SỐ B001 QUẦY 3");
        queue.finish(3, "officer");
        pushed();
        assertThat(counterCell(3)).isEqualTo("Quầy 3 – Đất đai —");
    }

    @Test
    void callsAreSaidOneAfterAnotherEachAfterTheLastEnded() {
        DisplayBoardView board = openBoard();
        BoardVoice voice = board.voice();
        queue.issueTicket("ho-tich", null);
        queue.issueTicket("ho-tich", null);
        queue.issueTicket("dat-dai", null);
        callNext(1);
        callNext(2);
        callNext(3);
        pushed();

        assertThat(voice.current()).isEqualTo(new BoardVoice.Call("A001", 1));
        assertThat(voice.waiting()).containsExactly(new BoardVoice.Call("A002", 2), new BoardVoice.Call("B001", 3));
        Element audio = voice.currentAudio();
        assertThat(audio.getTag()).isEqualTo("audio");
        assertThat(audio.getAttribute("autoplay")).isEqualTo("");
        assertThat(audio.getAttribute("data-call")).isEqualTo("A001@1");
        assertThat(audio.getAttribute("src")).as("a URL of a download handler").isNotBlank();
        assertThat(speakerAudios(board)).hasSize(1);

        fire(audio, "playing");
        assertThat(voice.current()).as("playing is not the end").isEqualTo(new BoardVoice.Call("A001", 1));
        fire(audio, "ended");
        assertThat(voice.current()).isEqualTo(new BoardVoice.Call("A002", 2));
        assertThat(voice.currentAudio().getAttribute("data-call")).isEqualTo("A002@2");
        assertThat(speakerAudios(board)).as("the finished one left the page").hasSize(1);
        fire(audio, "ended");
        assertThat(voice.current()).as("a late event of an old element changes nothing")
                .isEqualTo(new BoardVoice.Call("A002", 2));

        recall(1);
        pushed();
        assertThat(voice.waiting()).containsExactly(new BoardVoice.Call("B001", 3), new BoardVoice.Call("A001", 1));
        fire(voice.currentAudio(), "error");
        assertThat(voice.current()).as("a clip that fails does not stop the line").isEqualTo(new BoardVoice.Call("B001", 3));
        fire(voice.currentAudio(), "ended");
        fire(voice.currentAudio(), "ended");
        assertThat(voice.current()).isNull();
        assertThat(speakerAudios(board)).isEmpty();
    }

    @Test
    void atMostTenCallsWaitToBeSaidTheOldestAreDropped() {
        BoardVoice voice = openBoard().voice();
        queue.issueTicket("ho-tich", null);
        callNext(1);
        for (int i = 0; i < 12; i++) {
            recall(1);
        }
        pushed();
        assertThat(voice.current()).isEqualTo(new BoardVoice.Call("A001", 1));
        assertThat(voice.waiting()).hasSize(BoardVoice.MAX_PENDING);
        assertThat(voice.dropped()).isEqualTo(2);
    }

    @Test
    void muteSilencesTheBoardUntilUnmuted() {
        DisplayBoardView board = openBoard();
        BoardVoice voice = board.voice();
        queue.issueTicket("ho-tich", null);
        queue.issueTicket("ho-tich", null);
        callNext(1);
        callNext(2);
        pushed();
        assertThat(voice.current()).isNotNull();

        _click(_get(Button.class, spec -> spec.withText("Tắt tiếng")));
        assertThat(voice.isMuted()).isTrue();
        assertThat(board.hasClassName("board-muted")).isTrue();
        assertThat(voice.current()).isNull();
        assertThat(voice.waiting()).isEmpty();
        assertThat(speakerAudios(board)).isEmpty();
        recall(1);
        pushed();
        assertThat(voice.current()).as("nothing said while muted").isNull();
        assertThat(latest()).as("but the call is shown").isEqualTo("MỜI LẠI CÔNG DÂN SỐ A001 QUẦY 1");

        _click(_get(Button.class, spec -> spec.withText("Bật tiếng")));
        assertThat(voice.isMuted()).isFalse();
        assertThat(board.hasClassName("board-muted")).isFalse();
        recall(2);
        pushed();
        assertThat(voice.current()).isEqualTo(new BoardVoice.Call("A002", 2));
    }

    @Test
    void enableSoundIsOfferedUntilTappedOrACallIsHeard() {
        DisplayBoardView board = openBoard();
        Button enable = _get(Button.class, spec -> spec.withText("Bật âm thanh"));
        assertThat(enable.isVisible()).isTrue();
        queue.issueTicket("ho-tich", null);
        callNext(1);
        pushed();
        Element blocked = board.voice().currentAudio();

        _click(enable);
        assertThat(enable.isVisible()).isFalse();
        assertThat(board.voice().currentAudio()).as("the call that could not start is played again")
                .isNotSameAs(blocked).isNotNull();
        assertThat(blocked.getParent()).isNull();

        UI.getCurrent().navigate("");
        DisplayBoardView second = openBoard();
        assertThat(second).as("a board opened again starts afresh").isNotSameAs(board);
        Button again = _get(Button.class, spec -> spec.withText("Bật âm thanh"));
        recall(1);
        pushed();
        fire(second.voice().currentAudio(), "playing");
        assertThat(again.isVisible()).as("a call was heard: the browser plays sound").isFalse();
    }

    /** Calls a second apart, as officers do; calls in the same instant have no order. */
    private void callNext(int counter) {
        clock.advance(Duration.ofSeconds(1));
        queue.callNext(counter, "officer");
    }

    private void recall(int counter) {
        clock.advance(Duration.ofSeconds(1));
        queue.recall(counter, "officer");
    }

    private static void fire(Element element, String type) {
        ElementUtilsKt._fireDomEvent(element, new DomEvent(element, type, JsonNodeFactory.instance.objectNode()));
    }

    private static List<Element> speakerAudios(DisplayBoardView board) {
        Div speaker = (Div) board.getChildren().filter(c -> c.hasClassName("board-speaker")).findFirst().orElseThrow();
        return speaker.getElement().getChildren().toList();
    }

    private static String counterCell(int number) {
        return text(_get(Div.class, spec -> spec.withClasses("board-counter")
                .withAttribute("data-counter", String.valueOf(number))));
    }

    private static String counterLine(String serviceId) {
        return text(_get(Div.class, spec -> spec.withClasses("board-service").withAttribute("data-service", serviceId)));
    }
}
