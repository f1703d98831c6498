package org.motcua.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class IdleTimerTest {

    private final Instant t0 = Instant.parse("2026-11-21T01:00:00Z");
    private final IdleTimer timer = new IdleTimer(Duration.ofSeconds(90), Duration.ofSeconds(15), t0);

    @Test
    void quietUntilTheWarningThenCountsDownThenExpires() {
        assertThat(timer.tick(t0.plusSeconds(74))).isInstanceOf(IdleTimer.State.Active.class);
        assertThat(timer.tick(t0.plusSeconds(75))).isEqualTo(new IdleTimer.State.Warning(15));
        assertThat(timer.tick(t0.plusMillis(88_500))).isEqualTo(new IdleTimer.State.Warning(2));
        assertThat(timer.tick(t0.plusSeconds(90))).isInstanceOf(IdleTimer.State.Expired.class);
    }

    @Test
    void aTouchStartsTheCountAgain() {
        timer.touch(t0.plusSeconds(80));
        assertThat(timer.tick(t0.plusSeconds(100))).isInstanceOf(IdleTimer.State.Active.class);
        assertThat(timer.tick(t0.plusSeconds(170))).isInstanceOf(IdleTimer.State.Expired.class);
    }

    @Test
    void afterExpiringItDoesNotExpireEverySecond() {
        assertThat(timer.tick(t0.plusSeconds(95))).isInstanceOf(IdleTimer.State.Expired.class);
        assertThat(timer.tick(t0.plusSeconds(96))).isInstanceOf(IdleTimer.State.Active.class);
    }
}
