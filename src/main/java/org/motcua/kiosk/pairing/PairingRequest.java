package org.motcua.kiosk.pairing;

import java.time.Instant;

import org.motcua.kiosk.base.DigitGroups;

/**
 * A screen waiting to be paired, showing {@code code}.
 *
 * @param code six digits, shown large on the screen, typed by the administrator
 * @param purpose what the screen asks to be
 * @param counter for a rating screen, its counter
 * @param requestedAt when the screen asked
 * @param address the screen's network address, so that the administrator can tell two waiting screens apart
 */
public record PairingRequest(String code, ScreenPurpose purpose, Integer counter, Instant requestedAt, String address) {

    /** "482 913": as shown. */
    public String groupedCode() {
        return DigitGroups.inThrees(code);
    }
}
