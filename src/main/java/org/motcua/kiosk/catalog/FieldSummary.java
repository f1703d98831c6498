package org.motcua.kiosk.catalog;

/** A field (lĩnh vực) with how many procedures it holds. */
public record FieldSummary(String name, String nameEn, int procedureCount) {
}
