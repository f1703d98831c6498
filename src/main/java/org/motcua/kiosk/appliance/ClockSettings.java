package org.motcua.kiosk.appliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.motcua.kiosk.queue.ClockCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An administrator sets the machine's time from the back office (a Pi has no battery clock; see
 * {@link ClockCheck}). The new time may not be earlier than the last queue record, and every change is recorded:
 * who, the time set, and what the clock said before.
 */
@Service
public class ClockSettings {

    private static final Logger log = LoggerFactory.getLogger(ClockSettings.class);
    static final int EARLIEST_YEAR = 2024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    static final int LATEST_YEAR = 2099;

    /** A refusal, in Vietnamese and English. */
    public static class Refused extends RuntimeException {
        private final String vi;
        private final String en;

        Refused(String vi, String en) {
            super(vi + " / " + en, null, false, false);
            this.vi = vi;
            this.en = en;
        }

        public String vi() {
            return vi;
        }

        public String en() {
            return en;
        }
    }

    /** One recorded change. */
    public record Change(Instant setTo, Instant clockBefore, String changedBy) {
    }

    private final SystemTime systemTime;
    private final ClockCheck check;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClockSettings(SystemTime systemTime, ClockCheck check, JdbcClient jdbc, Clock clock) {
        this.systemTime = systemTime;
        this.check = check;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Sets the clock to {@code local} (Vietnam's time) and records it.
     *
     * @throws Refused when the time is before the last record or out of range, or the system refuses
     */
    public Instant set(LocalDateTime local, String username) {
        ZoneId zone = clock.getZone();
        if (local == null || local.getYear() < EARLIEST_YEAR || local.getYear() > LATEST_YEAR) {
            throw new Refused("Hãy chọn ngày giờ từ năm " + EARLIEST_YEAR + " đến năm " + LATEST_YEAR + ".",
                    "Choose a date and time from " + EARLIEST_YEAR + " to " + LATEST_YEAR + ".");
        }
        Instant target = local.atZone(zone).toInstant();
        check.status().lastRecorded().filter(last -> target.isBefore(last.minus(ClockCheck.TOLERANCE)))
                .ifPresent(last -> {
                    String when = WHEN.withZone(zone).format(last);
                    throw new Refused("Giờ mới sớm hơn lần ghi gần nhất của máy (" + when + "): giờ đó không thể đúng.",
                            "The new time is earlier than the machine's last record (" + when + "): it cannot be right.");
                });
        Instant before = clock.instant();
        try {
            systemTime.set(target);
        } catch (IllegalStateException e) {
            throw new Refused("Máy không cho đặt giờ: " + e.getMessage(), "The system refused: " + e.getMessage());
        }
        jdbc.sql("INSERT INTO clock_change (id, set_to, clock_before, changed_by) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), Timestamp.from(target), Timestamp.from(before), username)
                .update();
        check.setByHand();
        log.warn("The clock was set to {} by {} (it said {})", target, username, before);
        return target;
    }

    /** The changes recorded, newest first. */
    public List<Change> changes(int limit) {
        return jdbc.sql("SELECT set_to, clock_before, changed_by FROM clock_change ORDER BY set_to DESC "
                        + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getString(3)))
                .list();
    }

    public ClockCheck.ClockStatus status() {
        return check.status();
    }
}
