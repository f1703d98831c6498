package org.motcua.kiosk.kiosk;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts down from the citizen's last touch. Plain logic, driven by whoever ticks it with the time, so tests
 * can move time without waiting.
 */
public final class IdleTimer {

    /** What the screen should show after a tick. */
    public sealed interface State {
        /** Nothing to show. */
        record Active() implements State { }

        /** Show the countdown. */
        record Warning(long secondsLeft) implements State { }

        /** Time is up: go home and forget. */
        record Expired() implements State { }
    }

    private final Duration timeout;
    private final Duration warning;
    private Instant lastActivity;

    public IdleTimer(Duration timeout, Duration warning, Instant now) {
        this.timeout = timeout;
        this.warning = warning;
        this.lastActivity = now;
    }

    public void touch(Instant now) {
        lastActivity = now;
    }

    public State tick(Instant now) {
        Duration idle = Duration.between(lastActivity, now);
        Duration left = timeout.minus(idle);
        if (left.isNegative() || left.isZero()) {
            lastActivity = now;
            return new State.Expired();
        }
        if (left.compareTo(warning) <= 0) {
            return new State.Warning((left.toMillis() + 999) / 1000);
        }
        return new State.Active();
    }
}
