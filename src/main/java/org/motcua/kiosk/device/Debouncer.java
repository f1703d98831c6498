package org.motcua.kiosk.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One button's contact, cleaned of bounce: a level is believed once it has rested for the debounce time, so the
 * flicker of a closing contact makes one press, a glitch shorter than that makes none, and a held button stays one
 * press until it is let go. Driven by the edges and by {@link #settle} calls at the times it asks for.
 */
final class Debouncer {

    private final Duration debounce;
    private boolean raw;
    private boolean stable;
    private Instant rawSince = Instant.EPOCH;

    /** @param pressed whether the button is down when we start (then it must be let go before it counts) */
    Debouncer(Duration debounce, boolean pressed) {
        this.debounce = debounce;
        this.raw = pressed;
        this.stable = pressed;
    }

    /** The contact changed; call {@link #settle} once it may have rested long enough. */
    synchronized void edge(boolean pressed, Instant at) {
        if (pressed != raw) {
            raw = pressed;
            rawSince = at;
        }
    }

    /** If the contact has rested long enough, believes it; returns when a press began, if one was just believed. */
    synchronized Optional<Instant> settle(Instant now) {
        if (raw == stable || Duration.between(rawSince, now).compareTo(debounce) < 0) {
            return Optional.empty();
        }
        stable = raw;
        return stable ? Optional.of(rawSince) : Optional.empty();
    }

    /** How long until the contact's present level may be believed; empty when there is nothing to settle. */
    synchronized Optional<Duration> pending(Instant now) {
        if (raw == stable) {
            return Optional.empty();
        }
        Duration left = debounce.minus(Duration.between(rawSince, now));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    synchronized boolean pressed() {
        return stable;
    }
}
