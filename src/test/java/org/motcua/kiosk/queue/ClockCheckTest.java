package org.motcua.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.kiosk.support.ManualClock;

/** The clock's state from the last record and systemd-timesyncd's marker file (ClockGuardTest has the screens). */
class ClockCheckTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(LocalDateTime.of(2026, 11, 18, 9, 0));

    /** The newest event's time as the database would answer it. */
    private static QueueRepository lastEventAt(Instant at) {
        return new QueueRepository(null, null) {
            @Override
            Optional<Instant> lastEventAt() {
                return Optional.ofNullable(at);
            }
        };
    }

    @Test
    void theNetworksMarkerOrAnAdministratorMakeTheClockTrusted() throws Exception {
        Path marker = dir.resolve("synchronized");
        ClockCheck check = new ClockCheck(lastEventAt(null), clock, new ClockProperties(marker.toString(), true));
        assertThat(check.status().unsynced()).isTrue();
        assertThat(check.status().ok()).isFalse();
        Files.writeString(marker, "");
        assertThat(check.status().unsynced()).isFalse();
        assertThat(check.status().ok()).isTrue();

        Files.delete(marker);
        check.setByHand();
        assertThat(check.status().unsynced()).isFalse();
    }

    @Test
    void withoutAMarkerConfiguredNothingIsSaidAboutTheNetwork() {
        ClockCheck check = new ClockCheck(lastEventAt(null), clock, new ClockProperties("", true));
        assertThat(check.status().unsynced()).isFalse();
        assertThat(check.status().lastRecorded()).isEmpty();
        assertThat(check.status().behind()).isFalse();
    }

    @Test
    void theHoldFollowsTheDayOfTheLastRecordInVietnam() {
        // 23:30 in Hà Nội on the 18th is 16:30 UTC: the same day, in the offices' zone
        Instant lastNight = LocalDateTime.of(2026, 11, 18, 23, 30).atZone(clock.getZone()).toInstant();
        ClockCheck check = new ClockCheck(lastEventAt(lastNight), clock, new ClockProperties("", true));
        clock.set(LocalDateTime.of(2026, 11, 18, 7, 0));
        assertThat(check.status().behind()).isTrue();
        assertThat(check.status().ticketsHeld()).isFalse();
        assertThat(check.heldUntil(clock.instant())).isEmpty();
        clock.set(LocalDateTime.of(2026, 11, 17, 23, 59));
        assertThat(check.status().ticketsHeld()).isTrue();
        assertThat(check.heldUntil(clock.instant())).contains(java.time.LocalDate.of(2026, 11, 18));

        ClockCheck off = new ClockCheck(lastEventAt(lastNight), clock, new ClockProperties("", false));
        assertThat(off.status().ticketsHeld()).isFalse();
        assertThat(off.status().behind()).isTrue();
        assertThat(off.heldUntil(clock.instant())).isEmpty();
    }
}
