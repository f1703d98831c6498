package org.motcua.kiosk.printing;

import java.time.Instant;
import java.util.Objects;

import org.motcua.kiosk.base.DigitGroups;

/**
 * The slip the printer gives the installer at a first start: the one-time code that creating the first
 * administrator needs, and where to type it.
 *
 * @param officeName the office, as configured
 * @param code the code's nine digits
 * @param setupLink the setup page as reached from the office's LAN, carried by a QR code; null when the server does
 *                  not know an address that a laptop or phone can reach (the slip then says how to find it)
 * @param printedAt when it is printed; printed in Vietnam's time
 */
public record SetupCodePrintout(String officeName, String code, String setupLink, Instant printedAt) {

    public SetupCodePrintout {
        if (officeName == null || officeName.isBlank()) {
            throw new IllegalArgumentException("The slip's office name is empty");
        }
        if (code == null || !code.matches("\\d{9}")) {
            throw new IllegalArgumentException("A setup code has nine digits");
        }
        Objects.requireNonNull(printedAt, "printedAt");
        if (setupLink != null && !setupLink.startsWith("http://") && !setupLink.startsWith("https://")) {
            throw new IllegalArgumentException("The setup link must be http(s): " + setupLink);
        }
    }

    /** "482 913 067", as printed and logged. */
    public String groupedCode() {
        return DigitGroups.inThrees(code);
    }
}
