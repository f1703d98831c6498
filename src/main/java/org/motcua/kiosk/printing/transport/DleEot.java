package org.motcua.kiosk.printing.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.motcua.kiosk.printing.PrinterStatus;
import org.motcua.kiosk.printing.PrinterStatus.State;

/**
 * ESC/POS real-time status transmission, DLE EOT n (0x10 0x04 n). Each answer is one byte whose bits 0 and 7 are 0
 * and bits 1 and 4 are 1; a byte that breaks that pattern is not an answer (a stray byte) and is ignored.
 * <ul>
 *   <li>n=1 printer status: bit 3 offline.</li>
 *   <li>n=2 offline cause: bit 2 cover open, bit 3 paper being fed by the feed button, bit 5 printing stopped by
 *       paper end, bit 6 an error occurred.</li>
 *   <li>n=3 error cause: bit 2 recoverable error, bit 3 autocutter error, bit 5 unrecoverable error, bit 6
 *       automatically recoverable error (head overheated, for one).</li>
 *   <li>n=4 roll paper sensor: bits 2 and 3 paper near end, bits 5 and 6 paper end.</li>
 * </ul>
 */
public final class DleEot {

    static final int DLE = 0x10;
    static final int EOT = 0x04;
    /** No answer came for that query. */
    public static final int NO_ANSWER = -1;

    private DleEot() {
    }

    /** The query for status {@code n} (1 to 4). */
    public static byte[] query(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n is 1 to 4, not " + n);
        }
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** Whether {@code b} has the fixed bits of a status answer. */
    public static boolean isAnswer(int b) {
        return b >= 0 && (b & 0x93) == 0x12;
    }

    /**
     * The status that four answers (n = 1 to 4, in that order; {@link #NO_ANSWER} or a non-answer where none came)
     * describe. Without an answer to n=1 the status is unknown.
     */
    public static PrinterStatus decode(int printer, int offlineCause, int errorCause, int paper) {
        if (!isAnswer(printer)) {
            return PrinterStatus.unknown("no answer to DLE EOT 1");
        }
        List<String> details = new ArrayList<>();
        boolean offline = (printer & 0x08) != 0;
        boolean coverOpen = false;
        boolean paperEnd = false;
        boolean paperNearEnd = false;
        boolean error = false;
        boolean feedButton = false;
        if (isAnswer(offlineCause)) {
            coverOpen = (offlineCause & 0x04) != 0;
            feedButton = (offlineCause & 0x08) != 0;
            paperEnd |= (offlineCause & 0x20) != 0;
            error |= (offlineCause & 0x40) != 0;
        }
        if (isAnswer(errorCause)) {
            if ((errorCause & 0x04) != 0) {
                details.add("recoverable error");
                error = true;
            }
            if ((errorCause & 0x08) != 0) {
                details.add("cutter error");
                error = true;
            }
            if ((errorCause & 0x20) != 0) {
                details.add("unrecoverable error");
                error = true;
            }
            if ((errorCause & 0x40) != 0) {
                details.add("auto-recoverable error (head temperature?)");
                error = true;
            }
        }
        if (isAnswer(paper)) {
            paperNearEnd = (paper & 0x0C) != 0;
            paperEnd |= (paper & 0x60) != 0;
        }
        if (paperEnd) {
            return PrinterStatus.of(State.PAPER_OUT, "paper end");
        }
        if (coverOpen) {
            return PrinterStatus.of(State.COVER_OPEN, "cover open");
        }
        if (error) {
            return PrinterStatus.of(State.ERROR, details.isEmpty() ? "error" : String.join(", ", details));
        }
        if (offline) {
            return PrinterStatus.of(State.OFFLINE, feedButton ? "paper feed button pressed" : "offline");
        }
        if (paperNearEnd) {
            return PrinterStatus.of(State.PAPER_LOW, "paper near end");
        }
        return PrinterStatus.ready();
    }

    /** Reading one answer byte; {@link #NO_ANSWER} when none came in time. */
    interface AnswerReader {
        int read(Duration within) throws IOException;

        /** Throws away bytes that came unasked, so they are not taken for answers. */
        void discardPending() throws IOException;
    }

    /** Asks 1 to 4 in turn; stops asking once the printer does not answer 1 (it is then unknown anyway). */
    static PrinterStatus ask(OutputStream out, AnswerReader in, Duration firstWithin, Duration eachWithin)
            throws IOException {
        in.discardPending();
        int[] answers = {NO_ANSWER, NO_ANSWER, NO_ANSWER, NO_ANSWER};
        for (int n = 1; n <= 4; n++) {
            out.write(query(n));
            out.flush();
            answers[n - 1] = readAnswer(in, n == 1 ? firstWithin : eachWithin);
            if (n == 1 && answers[0] == NO_ANSWER) {
                break;
            }
        }
        return decode(answers[0], answers[1], answers[2], answers[3]);
    }

    private static int readAnswer(AnswerReader in, Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return NO_ANSWER;
            }
            int b = in.read(Duration.ofNanos(left));
            if (b == NO_ANSWER || isAnswer(b)) {
                return b;
            }
        }
    }
}
