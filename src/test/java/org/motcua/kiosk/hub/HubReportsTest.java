package org.motcua.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.kiosk.hub.SyncBatches.batch;
import static org.motcua.kiosk.hub.SyncBatches.rating;
import static org.motcua.kiosk.hub.SyncBatches.servedTicket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.motcua.kiosk.support.HubHarness;
import org.motcua.kiosk.survey.QueueFigureRow;
import org.motcua.kiosk.survey.ReportCut;
import org.motcua.kiosk.survey.ReportPeriod;
import org.motcua.kiosk.survey.SatisfactionReport;
import org.motcua.kiosk.survey.SatisfactionRow;

/**
 * The back office's reports on the hub's PostgreSQL, over what two offices' kiosks sent: Decision 766's rate and the
 * queue's figures for all offices and for each, against figures worked out by hand. A day of 2031 of its own, so the
 * other hub tests' records do not count here.
 */
class HubReportsTest extends HubHarness {

    static final Instant NINE = Instant.parse("2031-03-10T02:00:00Z");
    static final ReportPeriod DAY = ReportPeriod.ofDays(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 10));

    @Autowired
    HubRegistry registry;
    @Autowired
    SatisfactionReport reports;

    @Test
    void theRateAndTheQueueFiguresAcrossOfficesAndOfOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = "a-" + suffix;
        String b = "b-" + suffix;
        SyncBatches hub = new SyncBatches(port);
        registry.addOffice(a, "Phường A");
        registry.addOffice(b, "Xã B");
        registry.addKiosk("ka-" + suffix, a, "Ki-ốt A");
        registry.addKiosk("kb-" + suffix, b, "Ki-ốt B");

        // Office A: 6 "rất hài lòng", 3 "hài lòng", 1 "không hài lòng" counted, 1 flagged; 3 tickets waiting 10, 20, 30 min
        List<Map<String, Object>> fromA = new ArrayList<>();
        int[] levels = {1, 1, 1, 1, 1, 1, 2, 2, 2, 3};
        for (int i = 0; i < levels.length; i++) {
            fromA.add(rating(NINE.plusSeconds(60L * i), levels[i], true));
        }
        fromA.add(rating(NINE.plusSeconds(900), 1, false));
        for (int t = 1; t <= 3; t++) {
            fromA.addAll(servedTicket(UUID.randomUUID(), NINE.plusSeconds(120L * t), 10 * t, 5, "ho-tich", t,
                    "A00" + t));
        }
        // Office B: 2 "không hài lòng"; 1 ticket waiting 40 min
        List<Map<String, Object>> fromB = new ArrayList<>(List.of(rating(NINE, 3, true), rating(NINE.plusSeconds(5), 3, true)));
        fromB.addAll(servedTicket(UUID.randomUUID(), NINE, 40, 10, "dat-dai", 1, "B001"));

        assertThat(hub.postJson(registry.issueToken("ka-" + suffix), batch("ka-" + suffix, fromA)).statusCode())
                .isEqualTo(200);
        assertThat(hub.postJson(registry.issueToken("kb-" + suffix), batch("kb-" + suffix, fromB)).statusCode())
                .isEqualTo(200);

        // 12 counted, 3 "không hài lòng": (12 - 3) / 12 = 75%; A: 9 / 10 = 90%; B: 0 / 2 = 0%.
        SatisfactionRow all = reports.total(DAY);
        assertThat(all.rated()).isEqualTo(12);
        assertThat(all.dissatisfied()).isEqualTo(3);
        assertThat(all.satisfactionRate().getAsDouble()).isEqualTo(75.0);
        assertThat(reports.ofOffice(a).total(DAY).satisfactionRate().getAsDouble()).isEqualTo(90.0);
        assertThat(reports.ofOffice(a).total(DAY).share("RAT_HAI_LONG")).isEqualTo(60.0);
        assertThat(reports.ofOffice(b).total(DAY).satisfactionRate().getAsDouble()).isEqualTo(0.0);
        assertThat(reports.ofOffice("nowhere").total(DAY).rated()).isZero();
        assertThat(reports.flaggedCount(DAY)).isEqualTo(1);
        assertThat(reports.ofOffice(b).flaggedCount(DAY)).isZero();
        assertThat(reports.dissatisfied(DAY)).hasSize(3);
        assertThat(reports.ofOffice(a).dissatisfied(DAY)).hasSize(1);
        assertThat(reports.ofOffice(a).satisfaction(DAY, ReportCut.COUNTER)).extracting(SatisfactionRow::rated)
                .containsExactly(10);

        // Waits 10, 20, 30 and 40 minutes: 25 on average, 20 at office A; service 5 or 10 minutes.
        QueueFigureRow q = only(reports.queue(DAY, ReportCut.DAY));
        assertThat(q.issued()).isEqualTo(4);
        assertThat(q.finished()).isEqualTo(4);
        assertThat(q.averageWaitMinutes()).isEqualTo(25.0);
        assertThat(q.averageServiceMinutes()).isEqualTo(6.25);
        QueueFigureRow qa = only(reports.ofOffice(a).queue(DAY, ReportCut.DAY));
        assertThat(qa.issued()).isEqualTo(3);
        assertThat(qa.averageWaitMinutes()).isEqualTo(20.0);
        assertThat(reports.ofOffice(b).queue(DAY, ReportCut.SERVICE)).extracting(QueueFigureRow::key)
                .containsExactly("dat-dai");
    }

    private static QueueFigureRow only(List<QueueFigureRow> rows) {
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
