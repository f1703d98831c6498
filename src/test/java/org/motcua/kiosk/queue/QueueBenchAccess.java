package org.motcua.kiosk.queue;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.motcua.kiosk.base.Outbox;

/** A queue service over a bare database, for benchmarks that run without a Spring context. */
public final class QueueBenchAccess {

    private QueueBenchAccess() {
    }

    public static QueueService service(DataSource dataSource, Clock clock) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        QueueRepository repository = new QueueRepository(jdbc, new Outbox(jdbc, clock));
        return new QueueService(repository, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                event -> { }, clock, new ClockCheck(repository, clock, new ClockProperties("", true)));
    }
}
