package org.motcua.kiosk.catalog;

/** One search result, best first; {@code score} is relative within one answer, higher is better. */
public record SearchHit(ProcedureCode code, String name, String field, double score) {
}
