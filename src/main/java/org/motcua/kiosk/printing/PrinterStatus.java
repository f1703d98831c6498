package org.motcua.kiosk.printing;

import java.util.Objects;

/**
 * What the printer last said about itself. {@code detail} is for the back office and the logs (English, technical);
 * screens translate the {@link State}.
 */
public record PrinterStatus(State state, String detail) {

    public enum State {
        /** Online, paper loaded. */
        READY,
        /** Still printing, but the paper roll is nearly used up. */
        PAPER_LOW,
        PAPER_OUT,
        COVER_OPEN,
        /** Not accepting data: switched off, unplugged, unreachable, or held offline (feed button). */
        OFFLINE,
        /** Cutter jam, overheating, or a job that failed although the printer says nothing is wrong. */
        ERROR,
        /** The connection cannot read the printer's status (a one-way USB printer, the file printer before a check). */
        UNKNOWN
    }

    public PrinterStatus {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public static PrinterStatus of(State state, String detail) {
        return new PrinterStatus(state, detail);
    }

    public static PrinterStatus ready() {
        return new PrinterStatus(State.READY, "");
    }

    public static PrinterStatus unknown(String why) {
        return new PrinterStatus(State.UNKNOWN, why);
    }

    /** The printer would not print what it is sent: don't send it. */
    public boolean refusesJobs() {
        return state == State.PAPER_OUT || state == State.COVER_OPEN || state == State.OFFLINE;
    }

    /** The printer answered and nothing stops it printing. */
    public boolean confirmsReady() {
        return state == State.READY || state == State.PAPER_LOW;
    }

    /** The kiosk should not promise a printed ticket. */
    public boolean isProblem() {
        return refusesJobs() || state == State.ERROR;
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? state.name() : state + " (" + detail + ")";
    }
}
