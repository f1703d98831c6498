package org.motcua.kiosk.survey;

import java.time.Instant;
import java.time.LocalDate;

import org.motcua.kiosk.base.TimeConfiguration;

/** The days a report covers: [from, to), midnight to midnight in Vietnam. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("từ ngày phải trước đến ngày / the period must start before it ends");
        }
    }

    /** The days from {@code first} to {@code last}, both included: what a person picks on two date pickers. */
    public static ReportPeriod ofDays(LocalDate first, LocalDate last) {
        return new ReportPeriod(first, last.plusDays(1));
    }

    public Instant start() {
        return from.atStartOfDay(TimeConfiguration.VIETNAM).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(TimeConfiguration.VIETNAM).toInstant();
    }

    /** The last day included. */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }
}
