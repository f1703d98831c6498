package org.motcua.kiosk.catalog;

import java.time.Instant;

/** Which catalogue the kiosk shows: a version number that only grows, where it came from, when. */
public record CatalogVersion(long version, String title, String source, int procedureCount, Instant publishedAt) {
}
