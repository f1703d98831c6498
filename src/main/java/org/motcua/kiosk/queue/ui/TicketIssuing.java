package org.motcua.kiosk.queue.ui;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import org.motcua.kiosk.pairing.KioskScreenActs;
import org.motcua.kiosk.pairing.ScreenAccess;

/**
 * Who may take a queue number, and how fast: the kiosk's own screen and paired kiosk screens, each at most
 * {@value #PER_MINUTE} numbers a minute (a queue of citizens at the morning rush takes one every ten seconds or so;
 * a script, or a child tapping, takes many more, each printed and each called). Phones and laptops on the LAN are
 * sent to {@link KioskOnlyView}.
 */
@Component
class TicketIssuing extends KioskScreenActs {

    static final int PER_MINUTE = 6;

    TicketIssuing(ScreenAccess access, Clock clock) {
        super(access, PER_MINUTE, Duration.ofMinutes(1), clock);
    }
}
