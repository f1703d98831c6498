/**
 * The kiosk's link to the hub (docs/sync-protocol.md). Every queue event and rating is written with a row in the
 * outbox ({@link org.motcua.kiosk.base.Outbox}) in its own transaction; when a hub is configured
 * ({@code motcua.sync.hub-url}), one background thread sends the outbox in batches, oldest first, forgets a row only
 * once the hub has acknowledged its batch, backs off while the hub is unreachable, and pulls the hub's published
 * catalogue into {@link org.motcua.kiosk.catalog.CatalogService}. {@link org.motcua.kiosk.sync.SyncService} is the
 * API: its status for the back office, "sync now", and {@link org.motcua.kiosk.sync.SyncStatusChanged} by push.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sync")
package org.motcua.kiosk.sync;
