package org.motcua.kiosk.sync;

import java.time.Instant;

/**
 * How the kiosk's sync stands, for the back office. Times are null when it never happened.
 *
 * @param configured whether a hub is configured ({@code motcua.sync.hub-url})
 * @param hubUrl the hub's address, empty when none
 * @param kioskId this kiosk's name at the hub
 * @param backlog records waiting in the outbox
 * @param oldestWaiting when the oldest waiting record was recorded
 * @param acknowledged records the hub has acknowledged, in all
 * @param lastAttempt the last time a batch was sent or tried
 * @param lastSuccess the last batch the hub acknowledged (or the last time nothing was waiting and the hub was due)
 * @param lastErrorAt when the last batch failed
 * @param lastError why, short
 * @param nextAttempt when the worker tries next while it waits after a failure; null when it is not waiting so
 * @param catalogEtag the version (ETag) of the hub's catalogue applied last
 * @param catalogAppliedAt when it was applied
 * @param catalogCheckedAt the last time the hub was asked for its catalogue and answered
 * @param catalogErrorAt when the last catalogue check or download failed
 * @param catalogError why, short
 */
public record SyncStatus(boolean configured, String hubUrl, String kioskId, long backlog, Instant oldestWaiting,
                         long acknowledged, Instant lastAttempt, Instant lastSuccess, Instant lastErrorAt,
                         String lastError, Instant nextAttempt, String catalogEtag, Instant catalogAppliedAt,
                         Instant catalogCheckedAt, Instant catalogErrorAt, String catalogError) {
}
