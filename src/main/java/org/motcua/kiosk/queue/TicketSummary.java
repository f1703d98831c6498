package org.motcua.kiosk.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.motcua.kiosk.base.TimeConfiguration;

/**
 * One ticket's queue figures, folded from its events in order: the row of {@code ticket_summary} (V7). The rules are
 * {@link QueueStatistics}'s, applied to one ticket: waiting from ISSUED to the first CALLED; service spells from
 * SERVING (or the last CALLED) to FINISHED or RETURNED; NO_SHOW and TRANSFERRED end a spell without counting it.
 * Mutable: {@link #apply} moves it on by one event.
 */
public final class TicketSummary {

    private final UUID ticketId;
    private final LocalDate day;
    private final String serviceId;
    private final Instant issuedAt;
    private Instant firstCalledAt;
    private Instant serviceStartedAt;
    private Instant finishedAt;
    private boolean noShow;
    private Integer lastCounter;
    private String lastOfficer;
    private Long waitMs;
    private long serviceMs;
    private int serviceSpells;

    TicketSummary(UUID ticketId, LocalDate day, String serviceId, Instant issuedAt, Instant firstCalledAt,
                  Instant serviceStartedAt, Instant finishedAt, boolean noShow, Integer lastCounter, String lastOfficer,
                  Long waitMs, long serviceMs, int serviceSpells) {
        this.ticketId = ticketId;
        this.day = day;
        this.serviceId = serviceId;
        this.issuedAt = issuedAt;
        this.firstCalledAt = firstCalledAt;
        this.serviceStartedAt = serviceStartedAt;
        this.finishedAt = finishedAt;
        this.noShow = noShow;
        this.lastCounter = lastCounter;
        this.lastOfficer = lastOfficer;
        this.waitMs = waitMs;
        this.serviceMs = serviceMs;
        this.serviceSpells = serviceSpells;
    }

    /** A ticket just issued (its ISSUED event): it belongs to that day in Vietnam and to that service. */
    static TicketSummary issued(UUID ticketId, Instant at, String serviceId) {
        return new TicketSummary(ticketId, LocalDate.ofInstant(at, TimeConfiguration.VIETNAM), serviceId, at, null,
                null, null, false, null, null, null, 0, 0);
    }

    /**
     * A ticket's summary from all its events. The first event opens it (ISSUED in anything the queue wrote); events
     * of the same instant are taken in the order the queue writes them (issue, call, recall, serving, then the end).
     */
    static TicketSummary of(List<QueueStatistics.Row> events) {
        List<QueueStatistics.Row> ordered = events.stream()
                .sorted(Comparator.comparing(QueueStatistics.Row::at).thenComparingInt(e -> rank(e.type()))).toList();
        QueueStatistics.Row first = ordered.getFirst();
        TicketSummary s = issued(first.ticketId(), first.at(), first.serviceId());
        for (QueueStatistics.Row e : ordered.subList("ISSUED".equals(first.type()) ? 1 : 0, ordered.size())) {
            s.apply(e.type(), e.at(), e.counter(), e.officer());
        }
        return s;
    }

    /**
     * The summaries of the tickets these events belong to, one per ticket, each from all its events (in any order):
     * what a hub keeps for the tickets it receives from the kiosks, recomputed whenever a ticket gets an event.
     */
    public static List<TicketSummary> ofTickets(java.util.Collection<QueueStatistics.Row> events) {
        return events.stream()
                .collect(java.util.stream.Collectors.groupingBy(QueueStatistics.Row::ticketId,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .values().stream().map(TicketSummary::of).toList();
    }

    private static int rank(String type) {
        return switch (type) {
            case "ISSUED" -> 0;
            case "CALLED" -> 1;
            case "RECALLED" -> 2;
            case "SERVING" -> 3;
            default -> 4;
        };
    }

    /** Moves the summary on by one event after ISSUED. */
    void apply(String type, Instant at, Integer counter, String officer) {
        switch (type) {
            case "CALLED" -> {
                if (firstCalledAt == null) {
                    firstCalledAt = at;
                    waitMs = Duration.between(issuedAt, at).toMillis();
                }
                serviceStartedAt = at;
            }
            case "SERVING" -> serviceStartedAt = at;
            case "FINISHED", "RETURNED" -> {
                if (serviceStartedAt != null) {
                    serviceMs += Duration.between(serviceStartedAt, at).toMillis();
                    serviceSpells++;
                    serviceStartedAt = null;
                }
                if ("FINISHED".equals(type)) {
                    finishedAt = at;
                }
            }
            case "NO_SHOW" -> {
                noShow = true;
                serviceStartedAt = null;
            }
            case "TRANSFERRED" -> serviceStartedAt = null;
            default -> {
                // ISSUED again or RECALLED: no figure changes.
            }
        }
        if (counter != null) {
            lastCounter = counter;
        }
        if (officer != null) {
            lastOfficer = officer;
        }
    }

    /** What the queue report reads of a summary. */
    public record Line(LocalDate day, String serviceId, Integer counter, String officer, Long waitMs, long serviceMs,
                       int serviceSpells, boolean finished, boolean noShow) {
    }

    public Line line() {
        return new Line(day, serviceId, lastCounter, lastOfficer, waitMs, serviceMs, serviceSpells, finished(), noShow);
    }

    /**
     * Summaries added up: what {@link QueueStatistics#compute} gives over the same tickets' events (the waits one by
     * one, the service time as its total over the spells).
     */
    public static final class Tally {
        private int issued;
        private int finished;
        private int noShows;
        private long[] waits = new long[16];
        private int waitCount;
        private long serviceMs;
        private int serviceSpells;

        public void add(Line l) {
            issued++;
            if (l.finished()) {
                finished++;
            }
            if (l.noShow()) {
                noShows++;
            }
            if (l.waitMs() != null) {
                if (waitCount == waits.length) {
                    waits = java.util.Arrays.copyOf(waits, waitCount * 2);
                }
                waits[waitCount++] = l.waitMs();
            }
            serviceMs += l.serviceMs();
            serviceSpells += l.serviceSpells();
        }

        public int issued() {
            return issued;
        }

        public int finished() {
            return finished;
        }

        public int noShows() {
            return noShows;
        }

        /** The waits in milliseconds, shortest first. */
        public long[] sortedWaits() {
            long[] w = java.util.Arrays.copyOf(waits, waitCount);
            java.util.Arrays.sort(w);
            return w;
        }

        public long serviceMs() {
            return serviceMs;
        }

        public int serviceSpells() {
            return serviceSpells;
        }

        public java.util.OptionalDouble averageWaitMinutes() {
            if (waitCount == 0) {
                return java.util.OptionalDouble.empty();
            }
            long sum = 0;
            for (int i = 0; i < waitCount; i++) {
                sum += waits[i];
            }
            return java.util.OptionalDouble.of((double) sum / waitCount / 60_000.0);
        }

        public java.util.OptionalDouble averageServiceMinutes() {
            return serviceSpells == 0 ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of((double) serviceMs / serviceSpells / 60_000.0);
        }
    }

    public UUID ticketId() {
        return ticketId;
    }

    /** The day it was issued, in Vietnam. */
    public LocalDate day() {
        return day;
    }

    /** The service it was issued for. */
    public String serviceId() {
        return serviceId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant firstCalledAt() {
        return firstCalledAt;
    }

    /** The start of the service spell under way, or null. */
    public Instant serviceStartedAt() {
        return serviceStartedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public boolean noShow() {
        return noShow;
    }

    /** The counter it was last called to or served at, or null if never called. */
    public Integer lastCounter() {
        return lastCounter;
    }

    public String lastOfficer() {
        return lastOfficer;
    }

    /** From issue to the first call, or null if never called. */
    public Long waitMs() {
        return waitMs;
    }

    /** Summed over its completed service spells. */
    public long serviceMs() {
        return serviceMs;
    }

    public int serviceSpells() {
        return serviceSpells;
    }
}
