package org.motcua.kiosk.printing.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.motcua.kiosk.printing.PrinterStatus;
import org.motcua.kiosk.printing.PrinterStatus.State;

/** The four status bytes of DLE EOT 1 to 4, read as the ESC/POS command reference defines their bits. */
class DleEotTest {

    /** Fixed bits of every answer: bit 1 and bit 4 set, bits 0 and 7 clear. */
    private static final int OK = 0x12;
    private static final int NONE = DleEot.NO_ANSWER;

    @Test
    void allClearIsReady() {
        assertThat(DleEot.decode(OK, OK, OK, OK)).isEqualTo(PrinterStatus.ready());
    }

    @Test
    void paperEndFromTheSensorOrFromTheOfflineCause() {
        assertThat(DleEot.decode(OK | 0x08, OK | 0x20, OK, OK | 0x60).state()).isEqualTo(State.PAPER_OUT);
        assertThat(DleEot.decode(OK | 0x08, OK, OK, OK | 0x20).state()).isEqualTo(State.PAPER_OUT);
        assertThat(DleEot.decode(OK | 0x08, OK | 0x20, OK, NONE).state()).isEqualTo(State.PAPER_OUT);
    }

    @Test
    void nearEndOnEitherSensorBitIsPaperLow() {
        assertThat(DleEot.decode(OK, OK, OK, OK | 0x04).state()).isEqualTo(State.PAPER_LOW);
        assertThat(DleEot.decode(OK, OK, OK, OK | 0x08).state()).isEqualTo(State.PAPER_LOW);
        assertThat(DleEot.decode(OK, OK, OK, OK | 0x0C).detail()).isEqualTo("paper near end");
    }

    @Test
    void paperOutWinsOverNearEnd() {
        assertThat(DleEot.decode(OK | 0x08, OK | 0x20, OK, OK | 0x6C).state()).isEqualTo(State.PAPER_OUT);
    }

    @Test
    void coverOpen() {
        assertThat(DleEot.decode(OK | 0x08, OK | 0x04, OK, OK).state()).isEqualTo(State.COVER_OPEN);
    }

    @Test
    void errorCausesAreNamed() {
        assertThat(DleEot.decode(OK | 0x08, OK | 0x40, OK | 0x08, OK))
                .isEqualTo(PrinterStatus.of(State.ERROR, "cutter error"));
        assertThat(DleEot.decode(OK | 0x08, OK | 0x40, OK | 0x20, OK).detail()).isEqualTo("unrecoverable error");
        assertThat(DleEot.decode(OK | 0x08, OK | 0x40, OK | 0x40, OK).detail()).startsWith("auto-recoverable");
        assertThat(DleEot.decode(OK | 0x08, OK | 0x40, OK | 0x04, OK).detail()).isEqualTo("recoverable error");
        assertThat(DleEot.decode(OK | 0x08, OK | 0x40, OK, OK)).isEqualTo(PrinterStatus.of(State.ERROR, "error"));
    }

    @Test
    void offlineWithoutACauseOrByTheFeedButton() {
        assertThat(DleEot.decode(OK | 0x08, OK, OK, OK)).isEqualTo(PrinterStatus.of(State.OFFLINE, "offline"));
        assertThat(DleEot.decode(OK | 0x08, OK | 0x08, OK, OK).detail()).isEqualTo("paper feed button pressed");
    }

    @Test
    void noAnswerToTheFirstQueryIsUnknownAndStrayBytesAreNotAnswers() {
        assertThat(DleEot.decode(NONE, OK, OK, OK).state()).isEqualTo(State.UNKNOWN);
        assertThat(DleEot.isAnswer(0x00)).isFalse();
        assertThat(DleEot.isAnswer(0xFF)).isFalse();
        assertThat(DleEot.isAnswer(0x13)).isFalse(); // bit 0 set
        assertThat(DleEot.isAnswer(0x92)).isFalse(); // bit 7 set
        assertThat(DleEot.isAnswer(0x16)).isTrue();
        // A non-answer where the paper sensor byte should be: only the paper part is unknown.
        assertThat(DleEot.decode(OK, OK, OK, 0x00).state()).isEqualTo(State.READY);
    }

    @Test
    void askingSendsTheFourQueriesAndSkipsStrayBytes() throws Exception {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        Deque<Integer> replies = new ArrayDeque<>(List.of(0x00, OK | 0x08, OK | 0x20, OK, OK | 0x60));
        PrinterStatus status = DleEot.ask(sent, reader(replies), Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(status.state()).isEqualTo(State.PAPER_OUT);
        assertThat(sent.toByteArray()).containsExactly(0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 3, 0x10, 0x04, 4);
    }

    @Test
    void aPrinterThatDoesNotAnswerIsAskedOnceAndUnknown() throws Exception {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        PrinterStatus status = DleEot.ask(sent, reader(new ArrayDeque<>()), Duration.ofMillis(10), Duration.ofMillis(10));

        assertThat(status.state()).isEqualTo(State.UNKNOWN);
        assertThat(sent.toByteArray()).containsExactly(0x10, 0x04, 1);
    }

    private static DleEot.AnswerReader reader(Deque<Integer> replies) {
        return new DleEot.AnswerReader() {
            @Override
            public int read(Duration within) {
                Integer b = replies.poll();
                return b == null ? DleEot.NO_ANSWER : b;
            }

            @Override
            public void discardPending() {
            }
        };
    }
}
