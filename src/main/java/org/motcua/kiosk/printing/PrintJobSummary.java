package org.motcua.kiosk.printing;

import java.time.Instant;
import java.util.UUID;

/** A print job as the back office lists it (without its bytes). */
public record PrintJobSummary(UUID id, String kind, String reference, PrintJobState state, int attempts,
                              String lastError, Instant createdAt, Instant printedAt, int size) {
}
