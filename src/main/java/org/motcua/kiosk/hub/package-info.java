/**
 * The hub (profile {@code hub}, on PostgreSQL): the offices and their kiosks with the tokens they send with, the sync
 * API the kiosks call ({@code docs/sync-protocol.md}: batches of ratings and queue events stored once by UUID, the
 * published catalogue by ETag), and the queue summaries of the tickets received, so that the reports run across
 * offices. Its back-office page lives in admin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hub")
package org.motcua.kiosk.hub;
