package org.motcua.kiosk.pairing;

import java.time.Clock;
import java.time.Duration;

import org.motcua.kiosk.base.RollingLimit;

/**
 * An act that belongs to the kiosk's own screen and to screens paired as kiosks (taking a number, rating by a code),
 * each screen at most {@code max} times in a rolling {@code window}. Phones and laptops on the LAN may not do it at
 * all; a screen that does it faster than a citizen can is held back.
 */
public class KioskScreenActs {

    private final ScreenAccess access;
    private final RollingLimit limit;

    protected KioskScreenActs(ScreenAccess access, int max, Duration window, Clock clock) {
        this.access = access;
        this.limit = new RollingLimit(max, window, clock);
    }

    /** Whether the current browser may do this at all. */
    public boolean allowed() {
        return access.isKioskScreen();
    }

    /** Counts one act for the current screen; false when it has had its share of the window. */
    public boolean withinLimit() {
        return limit.tryAcquire(access.screenKey());
    }
}
