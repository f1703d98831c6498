package org.motcua.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.queue.TicketSummaryBackfill;

/**
 * The report's figures against rows inserted by hand, in a context (and so a Derby database) of this class's own.
 * Each test uses a period no other test writes into.
 */
@SpringBootTest(properties = {"motcua.queue.demo=false", "motcua.catalog.demo=false", "report.test=own-database"})
class SatisfactionReportTest {

    @Autowired
    SatisfactionReport report;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void decision766RateOnAHandComputedExampleWithFlaggedPressesListedButNotCounted() {
        LocalDateTime at = LocalDateTime.of(2027, 3, 10, 9, 0);
        for (int i = 0; i < 10; i++) {
            rating(at.plusMinutes(i), 1, true, null, 1, "canbo1", "ho-tich", "Hộ tịch", null, null);
        }
        for (int i = 0; i < 7; i++) {
            rating(at.plusMinutes(20 + i), 2, true, null, 2, "canbo2", "dat-dai", "Đất đai", null, null);
        }
        for (int i = 0; i < 3; i++) {
            rating(at.plusMinutes(40 + i), 3, true, null, 2, "canbo2", "dat-dai", "Đất đai", "LONG_WAIT,STAFF_ATTITUDE",
                    "Chờ quá lâu, cán bộ khó chịu");
        }
        rating(at.plusMinutes(50), 3, false, "OUTSIDE_WINDOW", 1, "canbo1", null, null, null, null);
        rating(at.plusMinutes(51), 1, false, "ALREADY_RATED", 2, "canbo2", "dat-dai", "Đất đai", null, null);
        ReportPeriod march = new ReportPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1));

        SatisfactionRow total = report.total(march);
        // 20 counted, 3 of them "không hài lòng": (20 − 3) / 20 × 100% = 85.0%; the flagged "không" changes nothing.
        assertThat(total.rated()).isEqualTo(20);
        assertThat(total.dissatisfied()).isEqualTo(3);
        assertThat(total.satisfactionRate().getAsDouble()).isCloseTo(85.0, within(1e-9));
        assertThat(total.share("RAT_HAI_LONG")).isCloseTo(50.0, within(1e-9));
        assertThat(total.share("HAI_LONG")).isCloseTo(35.0, within(1e-9));
        assertThat(total.share("KHONG_HAI_LONG")).isCloseTo(15.0, within(1e-9));

        assertThat(report.flaggedCount(march)).isEqualTo(2);
        assertThat(report.flagged(march)).extracting(RatedLine::flag).containsExactly("ALREADY_RATED", "OUTSIDE_WINDOW");
        List<RatedLine> notSatisfied = report.dissatisfied(march);
        assertThat(notSatisfied).hasSize(3).allSatisfy(l -> {
            assertThat(l.levelKey()).isEqualTo("KHONG_HAI_LONG");
            assertThat(l.reasons()).containsExactly("LONG_WAIT", "STAFF_ATTITUDE");
            assertThat(l.comment()).isEqualTo("Chờ quá lâu, cán bộ khó chịu");
            assertThat(l.counter()).isEqualTo(2);
            assertThat(l.officer()).isEqualTo("canbo2");
            assertThat(l.ticketDisplay()).startsWith("B");
            assertThat(l.dossierCode()).startsWith("000.00.29.H29-270310-");
        });

        // Every cut adds up to the same counted total, and the level shares of every row add up to 100%.
        for (ReportCut cut : ReportCut.values()) {
            List<SatisfactionRow> rows = report.satisfaction(march, cut);
            assertThat(rows.stream().mapToInt(SatisfactionRow::rated).sum()).as(cut.name()).isEqualTo(20);
            assertThat(rows.stream().mapToInt(SatisfactionRow::dissatisfied).sum()).as(cut.name()).isEqualTo(3);
            for (SatisfactionRow r : rows) {
                double sum = SatisfactionRow.LEVEL_ORDER.stream().mapToDouble(r::share).sum();
                assertThat(sum).as(cut + " " + r.key()).isCloseTo(100.0, within(1e-9));
            }
        }
        List<SatisfactionRow> byOfficer = report.satisfaction(march, ReportCut.OFFICER);
        assertThat(byOfficer).extracting(SatisfactionRow::key).containsExactly("canbo1", "canbo2");
        assertThat(byOfficer.get(1).satisfactionRate().getAsDouble()).isCloseTo(70.0, within(1e-9));
        // A kiosk's database is one office's: its counters and officers are never named by an office.
        assertThat(byOfficer).extracting(SatisfactionRow::office).containsOnlyNulls();
        assertThat(report.satisfaction(march, ReportCut.COUNTER)).extracting(SatisfactionRow::office)
                .containsOnlyNulls();
        assertThat(report.satisfaction(march, ReportCut.FIELD)).extracting(SatisfactionRow::key)
                .containsExactly("Hộ tịch", "Đất đai");
        assertThat(report.satisfaction(march, ReportCut.LEVEL)).extracting(SatisfactionRow::key, SatisfactionRow::rated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RAT_HAI_LONG", 10),
                        org.assertj.core.groups.Tuple.tuple("HAI_LONG", 7),
                        org.assertj.core.groups.Tuple.tuple("KHONG_HAI_LONG", 3));
    }

    @Test
    void daysWeeksAndMonthsAreVietnamsEvenWhereUtcIsStillTheDayBefore() {
        // 23:30 on 31 January and 00:30 on 1 February in Hà Nội are both 31 January in UTC.
        rating(LocalDateTime.of(2026, 1, 31, 23, 30), 1, true, null, 1, "a", "s", "f", null, null);
        rating(LocalDateTime.of(2026, 2, 1, 0, 30), 3, true, null, 1, "a", "s", "f", null, null);
        // Wednesday 31 December 2025 is in ISO week 2026-W01 (the week of Thursday 1 January 2026), month 2025-12.
        rating(LocalDateTime.of(2025, 12, 31, 10, 0), 2, true, null, 1, "a", "s", "f", null, null);
        // 00:00 on 1 March is the end of the period, so not in it.
        rating(LocalDateTime.of(2026, 3, 1, 0, 0), 1, true, null, 1, "a", "s", "f", null, null);
        ReportPeriod period = new ReportPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 1));

        assertThat(report.satisfaction(period, ReportCut.MONTH)).extracting(SatisfactionRow::key, SatisfactionRow::rated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-12", 1),
                        org.assertj.core.groups.Tuple.tuple("2026-01", 1),
                        org.assertj.core.groups.Tuple.tuple("2026-02", 1));
        // 1 February 2026 is a Sunday: its week began on Monday 26 January, the same as 31 January's.
        assertThat(report.satisfaction(period, ReportCut.WEEK)).extracting(SatisfactionRow::key, SatisfactionRow::rated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-W01", 1),
                        org.assertj.core.groups.Tuple.tuple("2026-W05", 2));
        assertThat(report.satisfaction(period, ReportCut.DAY)).extracting(SatisfactionRow::key)
                .containsExactly("2025-12-31", "2026-01-31", "2026-02-01");
        assertThat(ReportCut.WEEK.firstDay(LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(ReportCut.WEEK.timeKey(LocalDate.of(2026, 12, 31))).isEqualTo("2026-W53");
    }

    @Test
    void queueFiguresFromTheEventsByDayAndByCounter() {
        LocalDateTime nine = LocalDateTime.of(2027, 5, 12, 9, 0);
        UUID served = UUID.randomUUID();
        UUID absent = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        event(served, "ISSUED", nine, null, null);
        event(absent, "ISSUED", nine.plusMinutes(5), null, null);
        event(late, "ISSUED", nine.plusMinutes(6), null, null);
        event(served, "CALLED", nine.plusMinutes(10), 1, "canbo1");
        event(served, "SERVING", nine.plusMinutes(11), 1, "canbo1");
        event(served, "FINISHED", nine.plusMinutes(21), 1, "canbo1");
        event(absent, "CALLED", nine.plusMinutes(25), 2, "canbo2");
        event(absent, "RECALLED", nine.plusMinutes(26), 2, "canbo2");
        event(absent, "NO_SHOW", nine.plusMinutes(27), 2, "canbo2");
        event(late, "CALLED", nine.plusMinutes(36), 1, "canbo1");
        event(late, "SERVING", nine.plusMinutes(37), 1, "canbo1");
        event(late, "FINISHED", nine.plusMinutes(47), 1, "canbo1");
        summarize();
        ReportPeriod may = new ReportPeriod(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 1));

        List<QueueFigureRow> byDay = report.queue(may, ReportCut.DAY);
        assertThat(byDay).hasSize(1);
        QueueFigureRow day = byDay.getFirst();
        assertThat(day.key()).isEqualTo("2027-05-12");
        assertThat(day.issued()).isEqualTo(3);
        assertThat(day.finished()).isEqualTo(2);
        assertThat(day.noShows()).isEqualTo(1);
        // waits 10, 20, 30 minutes; the 90th percentile (nearest rank) is the third; service 10 and 10 minutes
        assertThat(day.averageWaitMinutes()).isCloseTo(20.0, within(1e-9));
        assertThat(day.p90WaitMinutes()).isCloseTo(30.0, within(1e-9));
        assertThat(day.averageServiceMinutes()).isCloseTo(10.0, within(1e-9));

        List<QueueFigureRow> byCounter = report.queue(may, ReportCut.COUNTER);
        assertThat(byCounter).extracting(QueueFigureRow::key, QueueFigureRow::issued, QueueFigureRow::noShows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 2, 0),
                        org.assertj.core.groups.Tuple.tuple("2", 1, 1));
        assertThat(byCounter.getFirst().averageWaitMinutes()).isCloseTo(20.0, within(1e-9));
        assertThat(byCounter).extracting(QueueFigureRow::office).containsOnlyNulls();
        assertThat(report.queue(may, ReportCut.OFFICER)).extracting(QueueFigureRow::key)
                .containsExactly("canbo1", "canbo2");
        assertThat(report.queue(may, ReportCut.SERVICE)).extracting(QueueFigureRow::key, QueueFigureRow::issued)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ho-tich", 3));
        assertThat(report.queue(may, ReportCut.MONTH)).extracting(QueueFigureRow::key).containsExactly("2027-05");
    }

    private int nextTicket;

    private void rating(LocalDateTime at, int level, boolean counted, String flag, int counter, String officer,
                        String service, String field, String reasons, String comment) {
        String ticket = UUID.randomUUID().toString();
        String dossier = String.format("000.00.29.H29-%02d%02d%02d-%04d", at.getYear() % 100, at.getMonthValue(),
                at.getDayOfMonth(), ++nextTicket);
        jdbc.sql("""
                INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, ticket_id, ticket_display,
                    dossier_code, service_id, field, counter_num, officer, reasons, comment_text, counted, flag,
                    counted_ticket, counted_dossier) VALUES (?, ?, ?, 3, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), ts(at), "COUNTER_SCREEN", level, level == 3, ticket,
                        (counter == 1 ? "A" : "B") + String.format("%03d", nextTicket), dossier, service, field,
                        counter, officer, reasons, comment, counted, flag, counted ? ticket : null,
                        counted ? dossier : null)
                .update();
    }

    private void event(UUID ticket, String type, LocalDateTime at, Integer counter, String officer) {
        jdbc.sql("""
                INSERT INTO ticket_event (id, ticket_id, event_type, happened_at, service_id, counter_num, officer)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), ticket.toString(), type, ts(at), "ho-tich", counter, officer)
                .update();
    }

    /** The events above were written by hand, not by the queue: their summaries as the V7_1 backfill makes them. */
    private void summarize() {
        try (Connection c = dataSource.getConnection()) {
            TicketSummaryBackfill.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp ts(LocalDateTime at) {
        return Timestamp.from(at.atZone(TimeConfiguration.VIETNAM).toInstant());
    }
}
