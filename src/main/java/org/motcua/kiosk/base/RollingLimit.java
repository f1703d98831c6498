package org.motcua.kiosk.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code max} acts per key within a rolling {@code window}: tickets issued by one screen, ratings by code
 * made at one screen, wrong passwords for one account from one address. Written here rather than taken from a rate-limiting library (Bucket4j, Resilience4j) because
 * it is twenty lines, reads the application's {@link Clock} (which tests move by hand, and which a kiosk may have
 * set back), and keeps a bounded number of keys: a LAN full of phones cannot grow it.
 */
public final class RollingLimit {

    private static final int MAX_KEYS = 256;

    private final int max;
    private final Duration window;
    private final Clock clock;
    /** Oldest key first; guarded by this. */
    private final Map<String, Deque<Instant>> acts = new LinkedHashMap<>();

    public RollingLimit(int max, Duration window, Clock clock) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit allows at least one act in a positive window");
        }
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an act for {@code key} and says yes, or says no (and counts nothing) when the key is at its limit. */
    public synchronized boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = current(key, now);
        if (times.size() >= max) {
            return false;
        }
        add(key, times, now);
        return true;
    }

    /** Counts an act for {@code key} whether or not it is at its limit (a wrong password: it happened). */
    public synchronized void record(String key) {
        Instant now = clock.instant();
        add(key, current(key, now), now);
    }

    /**
     * When {@code key} is at its limit, the moment it will be allowed one more act (its oldest counted act leaves the
     * window); empty when it may act now.
     */
    public synchronized Optional<Instant> blockedUntil(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = current(key, now);
        if (times.size() < max) {
            return Optional.empty();
        }
        // the newest max acts are the ones that count; the first of them must leave the window
        Instant[] all = times.toArray(Instant[]::new);
        return Optional.of(all[all.length - max].plus(window));
    }

    /** Forgets the acts counted for {@code key} (a right password ends a run of wrong ones). */
    public synchronized void forget(String key) {
        acts.remove(key);
    }

    private Deque<Instant> current(String key, Instant now) {
        Deque<Instant> times = acts.computeIfAbsent(key, k -> new ArrayDeque<>());
        // A clock set back makes earlier acts "in the future": they no longer count.
        times.removeIf(t -> !t.isAfter(now.minus(window)) || t.isAfter(now));
        return times;
    }

    private void add(String key, Deque<Instant> times, Instant now) {
        times.addLast(now);
        // only the newest max acts can ever matter
        while (times.size() > max) {
            times.removeFirst();
        }
        if (acts.size() > MAX_KEYS) {
            Iterator<String> oldest = acts.keySet().iterator();
            if (!oldest.next().equals(key)) {
                oldest.remove();
            }
        }
    }

    public int max() {
        return max;
    }

    public Duration window() {
        return window;
    }
}
