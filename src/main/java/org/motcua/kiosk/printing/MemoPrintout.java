package org.motcua.kiosk.printing;

import java.time.Instant;
import java.util.Objects;

import org.motcua.kiosk.catalog.Procedure;

/**
 * A procedure memo (phiếu hướng dẫn) as printed for a citizen who wants the procedure on paper.
 *
 * @param procedure the procedure shown on the detail screen
 * @param officeName the office that prints it
 * @param printedAt when it is printed; printed in Vietnam's time
 * @param onlineLink the procedure's page on the public-service portal, carried by a QR code; null prints no QR
 */
public record MemoPrintout(Procedure procedure, String officeName, Instant printedAt, String onlineLink) {

    public MemoPrintout {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(printedAt, "printedAt");
        if (officeName == null || officeName.isBlank()) {
            throw new IllegalArgumentException("The memo's office name is empty");
        }
        officeName = officeName.strip();
        onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
        if (onlineLink != null && !onlineLink.startsWith("https://") && !onlineLink.startsWith("http://")) {
            throw new IllegalArgumentException("The online link must be http(s): " + onlineLink);
        }
    }

    /** The memo of a procedure with the link to its own page on the portal, if it has one. */
    public static MemoPrintout of(Procedure procedure, String officeName, Instant printedAt) {
        return new MemoPrintout(procedure, officeName, printedAt, procedure.onlineServiceUrl());
    }
}
