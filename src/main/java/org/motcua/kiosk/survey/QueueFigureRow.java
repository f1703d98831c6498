package org.motcua.kiosk.survey;

/**
 * The queue's figures for one slice of a report, from the tickets' summaries, which follow ({@link
 * org.motcua.kiosk.queue.QueueStatistics}'s definitions of waiting and service time). Minutes; null where there was
 * nothing to measure. {@code key}, {@code label} and {@code office} as {@link SatisfactionRow}'s: office is the
 * office's name on the hub's cuts by counter and by officer, null elsewhere.
 */
public record QueueFigureRow(String key, String label, int issued, int finished, int noShows, int waits,
                             Double averageWaitMinutes, Double p90WaitMinutes, Double averageServiceMinutes,
                             String office) {

    /** A slice that is not one office's (see {@link SatisfactionRow#office()}). */
    public QueueFigureRow(String key, String label, int issued, int finished, int noShows, int waits,
                          Double averageWaitMinutes, Double p90WaitMinutes, Double averageServiceMinutes) {
        this(key, label, issued, finished, noShows, waits, averageWaitMinutes, p90WaitMinutes, averageServiceMinutes,
                null);
    }

    public String shown() {
        return label != null ? label : key;
    }
}
