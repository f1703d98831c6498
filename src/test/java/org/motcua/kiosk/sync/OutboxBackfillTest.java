package org.motcua.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A kiosk upgraded to the outbox (V8) sends everything it recorded before, oldest first. */
class OutboxBackfillTest {

    @TempDir
    Path dir;

    @Test
    void theMigrationPutsEveryExistingEventAndRatingInTheOutboxInTimeOrder() throws Exception {
        var dataSource = new SimpleDriverDataSource(new org.apache.derby.iapi.jdbc.AutoloadedDriver(),
                "jdbc:derby:" + dir.resolve("derby").toAbsolutePath() + ";create=true");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(MigrationVersion.fromVersion("7.1"))
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Instant t0 = Instant.parse("2026-11-17T02:00:00Z");
        UUID issued = UUID.randomUUID();
        UUID called = UUID.randomUUID();
        UUID rating = UUID.randomUUID();
        UUID lateEvent = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        // Written out of time order on purpose.
        event(jdbc, lateEvent, ticket, "FINISHED", t0.plusSeconds(900));
        rating(jdbc, rating, t0.plusSeconds(600));
        event(jdbc, called, ticket, "CALLED", t0.plusSeconds(300));
        event(jdbc, issued, ticket, "ISSUED", t0);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        List<String> outbox = jdbc.sql("SELECT record_type, record_id, created_at FROM sync_outbox ORDER BY seq")
                .query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getTimestamp(3).toInstant())
                .list();
        assertThat(outbox).containsExactly(
                "ticketEvent " + issued + " " + t0,
                "ticketEvent " + called + " " + t0.plusSeconds(300),
                "rating " + rating + " " + t0.plusSeconds(600),
                "ticketEvent " + lateEvent + " " + t0.plusSeconds(900));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sync_state WHERE id = 1 AND acknowledged = 0")
                .query(Integer.class).single()).isEqualTo(1);
        try {
            java.sql.DriverManager.getConnection("jdbc:derby:" + dir.resolve("derby").toAbsolutePath() + ";shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby says a clean shutdown with an exception.
        }
    }

    private static void event(JdbcClient jdbc, UUID id, UUID ticket, String type, Instant at) {
        jdbc.sql("""
                INSERT INTO ticket_event (id, ticket_id, event_type, happened_at, service_id) VALUES (?, ?, ?, ?, ?)""")
                .params(id.toString(), ticket.toString(), type, Timestamp.from(at), "ho-tich").update();
    }

    private static void rating(JdbcClient jdbc, UUID id, Instant at) {
        jdbc.sql("""
                INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, counted)
                VALUES (?, ?, 'BUTTON_BOX', 3, 1, FALSE, TRUE)""")
                .params(id.toString(), Timestamp.from(at)).update();
    }
}
