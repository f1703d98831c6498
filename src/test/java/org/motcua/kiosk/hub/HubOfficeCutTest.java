package org.motcua.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.motcua.kiosk.support.HubHarness;
import org.motcua.kiosk.survey.QueueFigureRow;
import org.motcua.kiosk.survey.ReportCut;
import org.motcua.kiosk.survey.ReportPeriod;
import org.motcua.kiosk.survey.SatisfactionReport;
import org.motcua.kiosk.survey.SatisfactionRow;

/**
 * The hub's reports cut by office, on its PostgreSQL: Decision 766's rate, the level shares and the queue's figures of
 * each office side by side, named and in Vietnamese order, against {@link ThreeOffices}' hand-computed figures; with
 * the filter to one office too; read through indexes. A day of 2033 of its own.
 */
class HubOfficeCutTest extends HubHarness {

    static final Instant NINE = Instant.parse("2033-06-15T02:00:00Z");
    static final ReportPeriod DAY = ReportPeriod.ofDays(LocalDate.of(2033, 6, 15), LocalDate.of(2033, 6, 15));

    @Autowired
    HubRegistry registry;
    @Autowired
    SatisfactionReport reports;
    @Autowired
    DataSource dataSource;

    @Test
    void eachOfficesRateLevelsAndQueueSideBySideByName() {
        ThreeOffices o = ThreeOffices.send(registry, port, NINE);

        assertThat(reports.cuts()).contains(ReportCut.OFFICE);
        List<SatisfactionRow> rows = reports.satisfaction(DAY, ReportCut.OFFICE);
        assertThat(rows).extracting(SatisfactionRow::key, SatisfactionRow::label, SatisfactionRow::rated,
                        SatisfactionRow::dissatisfied)
                .containsExactly(tuple(o.b(), "Đồng Xoài", 4, 0), tuple(o.c(), "Phường Dĩ An", 3, 2),
                        tuple(o.a(), "Xã Tân Lập", 5, 1));
        assertThat(rows.get(0).satisfactionRate().getAsDouble()).isEqualTo(100.0);
        assertThat(rows.get(1).satisfactionRate().getAsDouble()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(rows.get(2).satisfactionRate().getAsDouble()).isEqualTo(80.0);
        assertThat(rows.get(0).share("HAI_LONG")).isEqualTo(75.0);
        assertThat(rows.get(1).share("KHONG_HAI_LONG")).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(rows.get(2).share("RAT_HAI_LONG")).isEqualTo(60.0);
        assertThat(rows.get(2).share("KHONG_HAI_LONG")).isEqualTo(20.0);
        // The offices add up to the day's total: 12 counted, 3 "không hài lòng", 75%.
        assertThat(rows.stream().mapToInt(SatisfactionRow::rated).sum()).isEqualTo(reports.total(DAY).rated())
                .isEqualTo(12);
        assertThat(reports.total(DAY).satisfactionRate().getAsDouble()).isEqualTo(75.0);

        List<QueueFigureRow> queue = reports.queue(DAY, ReportCut.OFFICE);
        assertThat(queue).extracting(QueueFigureRow::label, QueueFigureRow::issued, QueueFigureRow::finished,
                        QueueFigureRow::noShows, QueueFigureRow::averageWaitMinutes, QueueFigureRow::p90WaitMinutes,
                        QueueFigureRow::averageServiceMinutes)
                .containsExactly(tuple("Đồng Xoài", 2, 1, 1, 35.0, 40.0, 10.0),
                        tuple("Phường Dĩ An", 3, 3, 0, 15.0, 25.0, 4.0),
                        tuple("Xã Tân Lập", 2, 2, 0, 15.0, 20.0, 6.0));
    }

    @Test
    void oneOfficeFilteredStillCutsByOfficeCounterOfficerAndService() {
        ThreeOffices o = ThreeOffices.send(registry, port, NINE.plusSeconds(86_400));
        ReportPeriod day = ReportPeriod.ofDays(LocalDate.of(2033, 6, 16), LocalDate.of(2033, 6, 16));

        SatisfactionReport c = reports.ofOffice(o.c());
        assertThat(c.satisfaction(day, ReportCut.OFFICE)).extracting(SatisfactionRow::label, SatisfactionRow::rated)
                .containsExactly(tuple("Phường Dĩ An", 3));
        assertThat(c.queue(day, ReportCut.OFFICE)).extracting(QueueFigureRow::label, QueueFigureRow::issued)
                .containsExactly(tuple("Phường Dĩ An", 3));
        assertThat(c.satisfaction(day, ReportCut.COUNTER)).extracting(SatisfactionRow::key, SatisfactionRow::rated)
                .containsExactly(tuple("1", 3));
        assertThat(c.queue(day, ReportCut.COUNTER)).extracting(QueueFigureRow::key, QueueFigureRow::averageWaitMinutes)
                .containsExactly(tuple("1", 5.0), tuple("2", 15.0), tuple("3", 25.0));
        assertThat(c.queue(day, ReportCut.OFFICER)).extracting(QueueFigureRow::key)
                .containsExactly("canbo1", "canbo2", "canbo3");
        assertThat(reports.ofOffice(o.b()).queue(day, ReportCut.SERVICE))
                .extracting(QueueFigureRow::key, QueueFigureRow::issued, QueueFigureRow::noShows)
                .containsExactly(tuple("dat-dai", 2, 1));
        assertThat(reports.ofOffice(o.a()).satisfaction(day, ReportCut.OFFICER))
                .extracting(SatisfactionRow::key, SatisfactionRow::rated).containsExactly(tuple("canbo", 5));
        assertThat(reports.ofOffice("nowhere").satisfaction(day, ReportCut.OFFICE)).isEmpty();
    }

    @Test
    void countersAndOfficersAreEachOfficesNeverMergedAcrossOffices() {
        ThreeOffices o = ThreeOffices.send(registry, port, NINE.plusSeconds(2 * 86_400));
        ReportPeriod day = ReportPeriod.ofDays(LocalDate.of(2033, 6, 17), LocalDate.of(2033, 6, 17));

        // Counter 1 of each office is a row of its own, named by its office, in the offices' Vietnamese order.
        List<SatisfactionRow> byCounter = reports.satisfaction(day, ReportCut.COUNTER);
        assertThat(byCounter).extracting(SatisfactionRow::office, SatisfactionRow::key, SatisfactionRow::rated,
                        SatisfactionRow::dissatisfied)
                .containsExactly(tuple("Đồng Xoài", "1", 4, 0), tuple("Phường Dĩ An", "1", 3, 2),
                        tuple("Xã Tân Lập", "1", 5, 1));
        assertThat(byCounter).extracting(r -> r.satisfactionRate().getAsDouble())
                .containsExactly(100.0, 100.0 / 3, 80.0);
        assertThat(byCounter.get(2).share("RAT_HAI_LONG")).isEqualTo(60.0);
        // The same officer's user name in three offices: three officers.
        assertThat(reports.satisfaction(day, ReportCut.OFFICER))
                .extracting(SatisfactionRow::office, SatisfactionRow::key, SatisfactionRow::rated)
                .containsExactly(tuple("Đồng Xoài", "canbo", 4), tuple("Phường Dĩ An", "canbo", 3),
                        tuple("Xã Tân Lập", "canbo", 5));

        assertThat(reports.queue(day, ReportCut.COUNTER)).extracting(QueueFigureRow::office, QueueFigureRow::key,
                        QueueFigureRow::issued, QueueFigureRow::finished, QueueFigureRow::noShows,
                        QueueFigureRow::averageWaitMinutes, QueueFigureRow::p90WaitMinutes,
                        QueueFigureRow::averageServiceMinutes)
                .containsExactly(tuple("Đồng Xoài", "1", 2, 1, 1, 35.0, 40.0, 10.0),
                        tuple("Phường Dĩ An", "1", 1, 1, 0, 5.0, 5.0, 4.0),
                        tuple("Phường Dĩ An", "2", 1, 1, 0, 15.0, 15.0, 4.0),
                        tuple("Phường Dĩ An", "3", 1, 1, 0, 25.0, 25.0, 4.0),
                        tuple("Xã Tân Lập", "1", 1, 1, 0, 10.0, 10.0, 5.0),
                        tuple("Xã Tân Lập", "2", 1, 1, 0, 20.0, 20.0, 7.0));
        assertThat(reports.queue(day, ReportCut.OFFICER)).extracting(QueueFigureRow::office, QueueFigureRow::key,
                        QueueFigureRow::issued, QueueFigureRow::averageWaitMinutes)
                .containsExactly(tuple("Đồng Xoài", "canbo1", 2, 35.0), tuple("Phường Dĩ An", "canbo1", 1, 5.0),
                        tuple("Phường Dĩ An", "canbo2", 1, 15.0), tuple("Phường Dĩ An", "canbo3", 1, 25.0),
                        tuple("Xã Tân Lập", "canbo1", 1, 10.0), tuple("Xã Tân Lập", "canbo2", 1, 20.0));

        // One office filtered: its counters only, still named by it.
        SatisfactionReport a = reports.ofOffice(o.a());
        assertThat(a.satisfaction(day, ReportCut.COUNTER)).extracting(SatisfactionRow::office, SatisfactionRow::key,
                        SatisfactionRow::rated, r -> r.satisfactionRate().getAsDouble())
                .containsExactly(tuple("Xã Tân Lập", "1", 5, 80.0));
        assertThat(a.queue(day, ReportCut.COUNTER)).extracting(QueueFigureRow::office, QueueFigureRow::key,
                        QueueFigureRow::averageWaitMinutes, QueueFigureRow::averageServiceMinutes)
                .containsExactly(tuple("Xã Tân Lập", "1", 10.0, 5.0), tuple("Xã Tân Lập", "2", 20.0, 7.0));
        assertThat(reports.ofOffice(o.b()).queue(day, ReportCut.OFFICER))
                .extracting(QueueFigureRow::office, QueueFigureRow::key, QueueFigureRow::noShows)
                .containsExactly(tuple("Đồng Xoài", "canbo1", 1));

        // Services are the province's one list (the same ids in every office): merged, one row, no office.
        assertThat(reports.satisfaction(day, ReportCut.SERVICE))
                .extracting(SatisfactionRow::office, SatisfactionRow::key, SatisfactionRow::rated)
                .containsExactly(tuple(null, "ho-tich", 12));
        assertThat(reports.queue(day, ReportCut.SERVICE)).extracting(QueueFigureRow::office, QueueFigureRow::key,
                        QueueFigureRow::issued)
                .containsExactly(tuple(null, "dat-dai", 2), tuple(null, "ho-tich", 5));
        assertThat(reports.satisfaction(day, ReportCut.DAY)).extracting(SatisfactionRow::office).containsOnlyNulls();
    }

    @Test
    void theCutsByAnOfficesCounterOrOfficerReadRatingsFromIndexesAlone() throws Exception {
        // ReportRepository.countedByOfficeAndLevel, of all offices and of one (the queue's figures read
        // ticket_summary_report_offices, as the cut by office: checked below).
        for (String column : List.of("counter_num", "officer")) {
            String all = "SELECT office_code, " + column + ", scale_size, level, dissatisfied, COUNT(*) FROM rating"
                    + " WHERE recorded_at >= ? AND recorded_at < ? AND counted = ?"
                    + " GROUP BY office_code, " + column + ", scale_size, level, dissatisfied";
            assertThat(plan(all, true)).contains("Index Only Scan using rating_report_offices_who");
            String one = "SELECT office_code, " + column + ", scale_size, level, dissatisfied, COUNT(*) FROM rating"
                    + " WHERE recorded_at >= ? AND recorded_at < ? AND counted = ? AND office_code = 'x'"
                    + " GROUP BY office_code, " + column + ", scale_size, level, dissatisfied";
            assertThat(plan(one, true)).contains("Index Only Scan using rating_office_report_who");
        }
    }

    @Test
    void theCutByOfficeReadsThePeriodFromIndexesAlone() throws Exception {
        // The queries the reports send for the cut (ReportRepository.countedByLevel with the office column,
        // QueueRepository.summariesWithOffice), planned as if the tables were big (no sequential scan).
        String ratings = "SELECT office_code, scale_size, level, dissatisfied, COUNT(*) FROM rating"
                + " WHERE recorded_at >= ? AND recorded_at < ? AND counted = ?"
                + " GROUP BY office_code, scale_size, level, dissatisfied";
        String tickets = "SELECT ticket_day, service_id, last_counter, last_officer, wait_ms, service_ms,"
                + " service_spells, no_show, finished_at, office_code FROM ticket_summary"
                + " WHERE issued_at >= ? AND issued_at < ?";
        assertThat(plan(ratings, true)).contains("Index Only Scan using rating_report_offices");
        assertThat(plan(tickets, false)).contains("Index Only Scan using ticket_summary_report_offices");
    }

    private String plan(String sql, boolean counted) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL enable_seqscan = off");
                s.execute("SET LOCAL enable_bitmapscan = off");
                var explain = c.prepareStatement("EXPLAIN " + sql);
                explain.setTimestamp(1, java.sql.Timestamp.from(DAY.start()));
                explain.setTimestamp(2, java.sql.Timestamp.from(DAY.end()));
                if (counted) {
                    explain.setBoolean(3, true);
                }
                StringBuilder text = new StringBuilder();
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        text.append(rs.getString(1)).append('\n');
                    }
                }
                return text.toString();
            } finally {
                c.rollback();
            }
        }
    }
}
