package org.motcua.kiosk.survey;

/**
 * The queue's figures for one slice of a report, from the tickets' summaries, which follow ({@link
 * org.motcua.kiosk.queue.QueueStatistics}'s definitions of waiting and service time). Minutes; null where there was
 * nothing to measure.
 */
public record QueueFigureRow(String key, String label, int issued, int finished, int noShows, int waits,
                             Double averageWaitMinutes, Double p90WaitMinutes, Double averageServiceMinutes) {

    public String shown() {
        return label != null ? label : key;
    }
}
