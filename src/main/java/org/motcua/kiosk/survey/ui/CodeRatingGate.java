package org.motcua.kiosk.survey.ui;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import org.motcua.kiosk.pairing.KioskScreenActs;
import org.motcua.kiosk.pairing.ScreenAccess;

/**
 * Who may rate by a code, and how often: the kiosk's own screen and paired kiosk screens (a phone on the LAN could
 * otherwise type invented codes by the hundred), each at most {@value #PER_SESSION} ratings in {@link #SESSION}: a
 * citizen's visit to the screen (one ticket, a dossier or two of a family), not a stream.
 */
@Component
class CodeRatingGate extends KioskScreenActs {

    static final int PER_SESSION = 3;
    static final Duration SESSION = Duration.ofMinutes(5);

    CodeRatingGate(ScreenAccess access, Clock clock) {
        super(access, PER_SESSION, SESSION, clock);
    }
}
