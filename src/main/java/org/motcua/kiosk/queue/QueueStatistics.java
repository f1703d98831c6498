package org.motcua.kiosk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * Waiting time, service time and counter idle time, computed from the events alone (so the same code works on the
 * hub's copy of them):
 * <ul>
 * <li>waiting: from ISSUED to the first CALLED of that ticket;</li>
 * <li>service: from SERVING (or, if the officer skipped "start", the last CALLED) to FINISHED or RETURNED;</li>
 * <li>counter idle: from a counter's FINISHED, RETURNED, NO_SHOW or TRANSFERRED to its next CALLED.</li>
 * </ul>
 */
public final class QueueStatistics {

    /** One stored event; the officer is null where the event has none (ISSUED) or the caller did not need it. */
    public record Row(UUID ticketId, String type, Instant at, String serviceId, Integer counter, String officer) {

        public Row(UUID ticketId, String type, Instant at, String serviceId, Integer counter) {
            this(ticketId, type, at, serviceId, counter, null);
        }
    }

    public record Figures(List<Duration> waits, List<Duration> serviceTimes, List<Duration> idleTimes, int issued,
                          int finished, int noShows) {

        public OptionalDouble averageWaitMinutes() {
            return minutes(waits);
        }

        public OptionalDouble averageServiceMinutes() {
            return minutes(serviceTimes);
        }

        public OptionalDouble averageIdleMinutes() {
            return minutes(idleTimes);
        }

        private static OptionalDouble minutes(List<Duration> ds) {
            return ds.stream().mapToLong(Duration::toMillis).average().stream().map(ms -> ms / 60_000.0).findFirst();
        }
    }

    private QueueStatistics() {
    }

    /** Figures over events in time order. */
    public static Figures compute(List<Row> events) {
        Map<UUID, Instant> issued = new HashMap<>();
        Map<UUID, Instant> serviceStart = new HashMap<>();
        Map<Integer, Instant> counterFree = new HashMap<>();
        List<Duration> waits = new ArrayList<>();
        List<Duration> services = new ArrayList<>();
        List<Duration> idle = new ArrayList<>();
        int issuedCount = 0;
        int finished = 0;
        int noShows = 0;
        for (Row e : events) {
            switch (e.type()) {
                case "ISSUED" -> {
                    issued.put(e.ticketId(), e.at());
                    issuedCount++;
                }
                case "CALLED" -> {
                    Instant i = issued.remove(e.ticketId());
                    if (i != null) {
                        waits.add(Duration.between(i, e.at()));
                    }
                    serviceStart.put(e.ticketId(), e.at());
                    Instant free = e.counter() == null ? null : counterFree.remove(e.counter());
                    if (free != null) {
                        idle.add(Duration.between(free, e.at()));
                    }
                }
                case "SERVING" -> serviceStart.put(e.ticketId(), e.at());
                case "FINISHED", "RETURNED" -> {
                    Instant start = serviceStart.remove(e.ticketId());
                    if (start != null) {
                        services.add(Duration.between(start, e.at()));
                    }
                    if ("FINISHED".equals(e.type())) {
                        finished++;
                    }
                    free(counterFree, e);
                }
                case "NO_SHOW" -> {
                    noShows++;
                    serviceStart.remove(e.ticketId());
                    free(counterFree, e);
                }
                case "TRANSFERRED" -> {
                    serviceStart.remove(e.ticketId());
                    free(counterFree, e);
                }
                default -> {
                    // RECALLED changes no figure.
                }
            }
        }
        return new Figures(waits, services, idle, issuedCount, finished, noShows);
    }

    private static void free(Map<Integer, Instant> counterFree, Row e) {
        if (e.counter() != null) {
            counterFree.put(e.counter(), e.at());
        }
    }
}
