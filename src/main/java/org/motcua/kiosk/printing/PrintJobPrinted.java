package org.motcua.kiosk.printing;

import java.time.Instant;
import java.util.UUID;

/** A job went to the printer whole, and the printer raised no objection. */
public record PrintJobPrinted(UUID jobId, String kind, String reference, Instant at) {
}
