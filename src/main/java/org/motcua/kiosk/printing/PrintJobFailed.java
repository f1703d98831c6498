package org.motcua.kiosk.printing;

import java.util.UUID;

/**
 * A job did not print: it failed on the way or was held back because the printer was not ready. It stays in the
 * job list and can be reprinted with {@link PrintService#reprint(UUID)}.
 */
public record PrintJobFailed(UUID jobId, String kind, String reference, String reason) {
}
