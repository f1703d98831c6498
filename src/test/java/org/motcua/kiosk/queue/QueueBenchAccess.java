package org.motcua.kiosk.queue;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A queue service over a bare database, for benchmarks that run without a Spring context. */
public final class QueueBenchAccess {

    private QueueBenchAccess() {
    }

    public static QueueService service(DataSource dataSource, Clock clock) {
        return new QueueService(new QueueRepository(JdbcClient.create(dataSource)),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), event -> { }, clock);
    }
}
