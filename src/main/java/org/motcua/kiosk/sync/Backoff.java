package org.motcua.kiosk.sync;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait after the n-th failure in a row: exponential with full jitter, so that a hub coming back up is not
 * hit by every kiosk of the province in the same second. The n-th wait is drawn evenly between {@code min} and
 * {@code min·2ⁿ⁻¹}, capped at {@code max}.
 */
record Backoff(Duration min, Duration max, DoubleSupplier random) {

    Duration after(int failures) {
        long minMs = min.toMillis();
        long maxMs = max.toMillis();
        int doublings = Math.min(Math.max(failures, 1) - 1, 40);
        long ceiling = minMs << doublings;
        if (ceiling <= 0 || ceiling > maxMs) {
            ceiling = maxMs;
        }
        return Duration.ofMillis(minMs + (long) (random.getAsDouble() * (ceiling - minMs)));
    }
}
