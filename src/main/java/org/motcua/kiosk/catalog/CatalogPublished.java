package org.motcua.kiosk.catalog;

import java.time.Instant;

/** A new catalogue version is in the database; listeners swap what they derived from the old one. */
public record CatalogPublished(long version, int procedureCount, String source, Instant publishedAt) {
}
