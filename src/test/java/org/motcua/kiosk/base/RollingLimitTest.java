package org.motcua.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.motcua.kiosk.support.ManualClock;

/** Acts counted per key in a rolling window, with the application's clock moved by hand (and set back). */
class RollingLimitTest {

    private final ManualClock clock = new ManualClock(LocalDateTime.of(2026, 12, 3, 8, 0));
    private final RollingLimit limit = new RollingLimit(3, Duration.ofMinutes(10), clock);

    @Test
    void atItsLimitAKeyWaitsUntilItsOldestActLeavesTheWindow() {
        assertThat(limit.tryAcquire("kiosk")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(limit.tryAcquire("kiosk")).isTrue();
        assertThat(limit.tryAcquire("kiosk")).isTrue();
        assertThat(limit.tryAcquire("kiosk")).as("the fourth in ten minutes").isFalse();
        assertThat(limit.tryAcquire("phone")).as("another key counts on its own").isTrue();

        clock.advance(Duration.ofMinutes(8));
        assertThat(limit.tryAcquire("kiosk")).as("the first act is ten minutes old").isTrue();
        assertThat(limit.tryAcquire("kiosk")).isFalse();
    }

    @Test
    void recordedActsCountEvenPastTheLimitAndSayUntilWhen() {
        for (int i = 0; i < 5; i++) {
            limit.record("admin|192.168.1.9");
            clock.advance(Duration.ofMinutes(1));
        }
        // acts at 8:00 … 8:04; the newest three (8:02, 8:03, 8:04) hold the key until 8:12
        assertThat(limit.blockedUntil("admin|192.168.1.9"))
                .contains(LocalDateTime.of(2026, 12, 3, 8, 12).atZone(clock.getZone()).toInstant());
        assertThat(limit.blockedUntil("admin|192.168.1.10")).isEmpty();

        limit.forget("admin|192.168.1.9");
        assertThat(limit.blockedUntil("admin|192.168.1.9")).as("a right password ends the run").isEmpty();
    }

    @Test
    void aClockSetBackDoesNotHoldAKeyForever() {
        limit.record("admin|10.0.0.5");
        limit.record("admin|10.0.0.5");
        limit.record("admin|10.0.0.5");
        assertThat(limit.blockedUntil("admin|10.0.0.5")).isPresent();
        clock.set(LocalDateTime.of(2026, 12, 2, 8, 0));
        assertThat(limit.blockedUntil("admin|10.0.0.5")).isEmpty();
    }
}
