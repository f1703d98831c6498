package org.motcua.kiosk.queue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Whether this machine's clock can be trusted for numbering and dating tickets. A Raspberry Pi has no battery clock:
 * after a power cut without network it may start on an old date. The rule: a ticket is never numbered or dated on a
 * day earlier than the last recorded queue event ({@link QueueService} refuses to issue then), and the back office and
 * the counter screens say when the clock is behind that record or was not set from the network.
 */
@Service
public class ClockCheck {

    /** Events recorded up to this long after "now" are taken as the ordinary jitter of two clocks, not a clock behind. */
    public static final Duration TOLERANCE = Duration.ofMinutes(2);

    /**
     * @param now          this machine's time
     * @param lastRecorded the newest queue event's time, if any
     * @param behind       now is earlier than the last record (beyond a small tolerance)
     * @param ticketsHeld  today is a day earlier than the last record's: no ticket is issued
     * @param unsynced     the clock was not set from the network since the machine started (only where checked)
     */
    public record ClockStatus(Instant now, Optional<Instant> lastRecorded, boolean behind, boolean ticketsHeld,
                              boolean unsynced) {
        public boolean ok() {
            return !behind && !unsynced;
        }
    }

    private final QueueRepository repository;
    private final Clock clock;
    private final ClockProperties properties;
    /** An administrator set (or confirmed) the time since this process started: it counts as synchronised. */
    private volatile boolean setByHand;

    ClockCheck(QueueRepository repository, Clock clock, ClockProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.properties = properties;
    }

    public ClockStatus status() {
        Instant now = clock.instant();
        Optional<Instant> last = repository.lastEventAt();
        boolean behind = last.map(l -> now.plus(TOLERANCE).isBefore(l)).orElse(false);
        boolean held = properties.holdTickets() && last.map(l -> dayOf(now).isBefore(dayOf(l))).orElse(false);
        String marker = properties.syncMarker();
        boolean unsynced = !setByHand && marker != null && !marker.isBlank() && !Files.exists(Path.of(marker));
        return new ClockStatus(now, last, behind, held, unsynced);
    }

    /** An administrator set the time by hand (the back office's clock page): the clock is trusted until restart. */
    public void setByHand() {
        setByHand = true;
    }

    /** The day of the newest queue event, when it is later than today: no ticket may be issued before it. */
    Optional<LocalDate> heldUntil(Instant now) {
        if (!properties.holdTickets()) {
            return Optional.empty();
        }
        return repository.lastEventAt().map(this::dayOf).filter(d -> dayOf(now).isBefore(d));
    }

    private LocalDate dayOf(Instant i) {
        return LocalDate.ofInstant(i, clock.getZone());
    }
}
