package org.motcua.kiosk.survey;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.queue.QueueService;

/** The reports over a bare database, for benchmarks that run without a Spring context. */
public final class ReportBenchAccess {

    private ReportBenchAccess() {
    }

    public static SatisfactionReport report(DataSource dataSource, QueueService queue) {
        return new SatisfactionReport(new ReportRepository(JdbcClient.create(dataSource)), queue,
                new SurveyProperties(3, false, Duration.ofMinutes(3), Duration.ofHours(24), Duration.ofDays(365)));
    }
}
