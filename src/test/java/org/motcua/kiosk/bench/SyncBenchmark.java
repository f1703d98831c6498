package org.motcua.kiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.motcua.kiosk.Application;
import org.motcua.kiosk.sync.FakeHub;
import org.motcua.kiosk.sync.SyncService;
import org.motcua.kiosk.sync.SyncStatus;

/**
 * Sync throughput: a kiosk with a week's backlog (N records in its outbox, half ratings, half queue events) sends it to
 * a hub in the same JVM that answers at once (FakeHub: parses, checks and stores every record by id), with the
 * application's own worker and settings (batches of 500 unless -Dbatch=). Prints the time from "sync now" to an empty
 * outbox. Argument: N (100,000).
 */
public final class SyncBenchmark {

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path data = Files.createTempDirectory("sync-bench");
        try (FakeHub hub = new FakeHub()) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                    "--server.port=0", "--motcua.data-dir=" + data, "--motcua.queue.demo=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                    "--motcua.sync.hub-url=" + hub.url(), "--motcua.sync.kiosk-id=" + FakeHub.KIOSK,
                    "--motcua.sync.token=" + FakeHub.TOKEN, "--motcua.sync.interval=1h",
                    "--motcua.sync.batch-size=" + System.getProperty("batch", "500"));
            try {
                long t0 = System.nanoTime();
                generate(app.getBean(DataSource.class), n);
                System.out.printf(Locale.ROOT, "generated %,d records with their outbox rows in %.1f s%n", n,
                        (System.nanoTime() - t0) / 1e9);
                SyncService sync = app.getBean(SyncService.class);
                long t1 = System.nanoTime();
                sync.syncNow();
                while (sync.status().backlog() > 0) {
                    Thread.sleep(100);
                }
                double seconds = (System.nanoTime() - t1) / 1e9;
                SyncStatus status = sync.status();
                System.out.printf(Locale.ROOT, "synced %,d records in %.1f s (%,.0f records/s) in %d batches;"
                                + " hub stored %,d, duplicates %d, protocol violations %d, acknowledged %,d%n",
                        n, seconds, n / seconds, hub.batchSizes.size(), hub.stored.size(), hub.duplicates().size(),
                        hub.violations.size(), status.acknowledged());
            } finally {
                app.close();
                org.springframework.util.FileSystemUtils.deleteRecursively(data);
            }
        }
    }

    private static void generate(DataSource dataSource, int n) throws Exception {
        Instant t0 = Instant.now().minus(Duration.ofDays(7));
        UUID ticket = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement rating = c.prepareStatement("""
                    INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, ticket_id,
                        ticket_display, service_id, field, counter_num, officer, c1_time, c7_attitude, reasons, counted)
                    VALUES (?, ?, 'BUTTON_BOX', 3, ?, ?, ?, 'A001', 'ho-tich', 'Hộ tịch', 1, 'canbo', 2, 1, ?, TRUE)""");
                 PreparedStatement event = c.prepareStatement("""
                    INSERT INTO ticket_event (id, ticket_id, event_type, happened_at, service_id, counter_num, officer)
                    VALUES (?, ?, 'CALLED', ?, 'ho-tich', 1, 'canbo')""");
                 PreparedStatement outbox = c.prepareStatement(
                         "INSERT INTO sync_outbox (record_type, record_id, created_at) VALUES (?, ?, ?)")) {
                c.createStatement().executeUpdate("INSERT INTO ticket (id, ticket_day, service_id, display, ticket_state,"
                        + " issued_at, queued_at) VALUES ('" + ticket + "', CURRENT_DATE, 'ho-tich', 'A001', 'FINISHED',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                for (int i = 0; i < n; i++) {
                    String id = UUID.randomUUID().toString();
                    Timestamp at = Timestamp.from(t0.plusMillis(i * 3_000L));
                    if (i % 2 == 0) {
                        rating.setString(1, id);
                        rating.setTimestamp(2, at);
                        rating.setInt(3, 1 + i % 3);
                        rating.setBoolean(4, i % 3 == 2);
                        rating.setString(5, ticket.toString());
                        rating.setString(6, i % 3 == 2 ? "LONG_WAIT" : null);
                        rating.addBatch();
                    } else {
                        event.setString(1, id);
                        event.setString(2, ticket.toString());
                        event.setTimestamp(3, at);
                        event.addBatch();
                    }
                    outbox.setString(1, i % 2 == 0 ? "rating" : "ticketEvent");
                    outbox.setString(2, id);
                    outbox.setTimestamp(3, at);
                    outbox.addBatch();
                    if (i % 1_000 == 999) {
                        rating.executeBatch();
                        event.executeBatch();
                        outbox.executeBatch();
                        c.commit();
                    }
                }
                rating.executeBatch();
                event.executeBatch();
                outbox.executeBatch();
                c.commit();
            }
        }
    }
}
