package org.motcua.kiosk.survey;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How a report is cut: by time (day, ISO week starting Monday, month, all in Vietnam's calendar), by where and who
 * (office, counter, officer, service, field) or by the level chosen. Texts: {@code report.cut.<NAME>}.
 * <p>
 * {@link #OFFICE} compares offices side by side: a hub's cut only, where every record carries its office (a kiosk's
 * database is one office; {@link SatisfactionReport#cuts()} does not offer it there).
 */
public enum ReportCut {
    DAY, WEEK, MONTH, OFFICE, COUNTER, OFFICER, SERVICE, FIELD, LEVEL;

    public boolean byTime() {
        return this == DAY || this == WEEK || this == MONTH;
    }

    /** Whether the queue's figures can be cut this way (tickets have no field and no level). */
    public boolean appliesToQueue() {
        return this != FIELD && this != LEVEL;
    }

    /**
     * The bucket a day falls in, a key that sorts in time order: "2026-11-18", "2026-W47", "2026-11". Weeks are ISO
     * weeks, numbered in their week-based year: Monday 2026-12-28 to Sunday 2027-01-03 is "2026-W53".
     */
    public String timeKey(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
            default -> throw new IllegalStateException(this + " is not a cut by time");
        };
    }

    /** The first day of the bucket a day falls in: the day, its week's Monday, its month's first day. */
    public LocalDate firstDay(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            default -> throw new IllegalStateException(this + " is not a cut by time");
        };
    }
}
