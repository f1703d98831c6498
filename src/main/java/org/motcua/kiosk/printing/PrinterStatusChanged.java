package org.motcua.kiosk.printing;

import java.time.Instant;

/** The printer's status changed, found by a job or by the idle status check. */
public record PrinterStatusChanged(PrinterStatus previous, PrinterStatus current, Instant at) {
}
