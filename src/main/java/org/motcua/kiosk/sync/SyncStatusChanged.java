package org.motcua.kiosk.sync;

/** The sync moved on (a batch acknowledged or failed, the catalogue checked): screens showing it read it again. */
public record SyncStatusChanged() {
}
