package org.motcua.kiosk.queue.ui;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import org.motcua.kiosk.base.RollingLimit;
import org.motcua.kiosk.pairing.ScreenAccess;

/**
 * Who may take a queue number, and how fast: the kiosk's own screen and paired kiosk screens, each at most
 * {@value #PER_MINUTE} numbers a minute (a queue of citizens at the morning rush takes one every ten seconds or so;
 * a script, or a child tapping, takes many more, each printed and each called). Phones and laptops on the LAN are
 * sent to {@link KioskOnlyView}.
 */
@Component
class TicketIssuing {

    static final int PER_MINUTE = 6;

    private final ScreenAccess access;
    private final RollingLimit limit;

    TicketIssuing(ScreenAccess access, Clock clock) {
        this.access = access;
        this.limit = new RollingLimit(PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    /** Whether the current browser may take numbers at all. */
    boolean allowed() {
        return access.isKioskScreen();
    }

    /** Counts one number for the current screen; false when it has taken its share of the last minute. */
    boolean withinLimit() {
        return limit.tryAcquire(access.screenKey());
    }
}
