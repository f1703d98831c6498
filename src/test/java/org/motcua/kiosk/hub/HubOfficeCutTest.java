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
