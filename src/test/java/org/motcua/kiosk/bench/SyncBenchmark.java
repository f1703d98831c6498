package org.motcua.kiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import org.motcua.kiosk.Application;
import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.support.HubSeed;
import org.motcua.kiosk.support.PostgresCluster;
import org.motcua.kiosk.sync.FakeHub;
import org.motcua.kiosk.sync.SyncService;
import org.motcua.kiosk.sync.SyncStatus;

/**
 * Sync end to end: a kiosk (this JVM, its own Derby) with a week's backlog of N records in its outbox sends it, with
 * the application's own worker and settings (batches of 500 unless {@code -Dbatch=}), to the real hub: the application
 * in its hub profile in a JVM of its own ({@code -Xmx1g}) on a fresh database of a throwaway PostgreSQL
 * ({@link PostgresCluster}: fsync off), the kiosk registered there with {@link HubSeed}. The records are those of
 * served citizens: per ticket its ISSUED, CALLED, SERVING and FINISHED events and the citizen's rating at the counter
 * (so 4/5 queue events, 1/5 ratings), the tickets spread over the last 7 days, as the hub validates and summarises
 * them. Prints the time from "sync now" to an empty outbox, then checks that the hub holds exactly N records of that
 * kiosk (and a summary per ticket), and the kiosk JVM's heap.
 * <p>
 * {@code -Dhub=fake}: the in-JVM {@link FakeHub} instead (checks and keeps each record in memory and answers at once),
 * which isolates the kiosk's own cost. Argument: N (100,000). Not a test: run it with bench/sync.sh.
 */
public final class SyncBenchmark {

    private static final String OFFICE = "bench";
    private static final String KIOSK = "bench-kiosk-1";

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 100_000;
        int batch = Integer.parseInt(System.getProperty("batch", "500"));
        boolean fake = "fake".equals(System.getProperty("hub", "real"));
        Path data = Files.createTempDirectory("sync-bench");
        int exit;
        try {
            exit = fake ? againstFakeHub(data, n, batch) : againstRealHub(data, n, batch);
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        System.exit(exit);
    }

    // ------------------------------------------------------------------ the real hub

    private static int againstRealHub(Path data, int n, int batch) throws Exception {
        long s0 = System.nanoTime();
        PostgresCluster cluster = PostgresCluster.get();
        String url = cluster.createDatabase();
        String token = "bench-" + UUID.randomUUID();
        try (HubProcess hub = HubProcess.start(url, data.resolve("hub"))) {
            HubSeed.kiosk(url, OFFICE, KIOSK, token);
            System.out.printf(Locale.ROOT, "hub: PostgreSQL %s (fsync off) + hub JVM (-Xmx1g) at %s, up in %.1f s%n",
                    postgresVersion(url), hub.url(), (System.nanoTime() - s0) / 1e9);
            ConfigurableApplicationContext app = kiosk(data, hub.url(), KIOSK, token, batch);
            try {
                Generated generated = generate(app.getBean(DataSource.class), n);
                Drain drain = drain(app.getBean(SyncService.class), n);
                long[] hubCounts = hubCounts(url);
                long events = hubCounts[0];
                long ratings = hubCounts[1];
                long summaries = hubCounts[2];
                long received = hubCounts[3];
                long stored = hubCounts[4];
                report(n, batch, drain, generated, received == stored
                        ? "none resent (the hub received " + String.format(Locale.ROOT, "%,d", received) + " records)"
                        : String.format(Locale.ROOT, "the hub received %,d records for %,d stored: some resent",
                        received, stored));
                boolean ok = events + ratings == n && events == generated.events() && ratings == generated.ratings()
                        && summaries == generated.tickets();
                System.out.printf(Locale.ROOT, "check: hub holds %,d records for %s (ticket_event %,d + rating %,d;"
                                + " kiosk sent %,d + %,d), %,d ticket summaries for %,d tickets: %s%n",
                        events + ratings, KIOSK, events, ratings, generated.events(), generated.ratings(), summaries,
                        generated.tickets(), ok ? "OK" : "MISMATCH");
                heap();
                return ok && drain.status().lastError() == null ? 0 : 1;
            } finally {
                app.close();
            }
        }
    }

    /** The hub's counts for the kiosk: events, ratings, ticket summaries, records received and stored. */
    private static long[] hubCounts(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresCluster.USER, "");
             PreparedStatement q = c.prepareStatement("""
                     SELECT (SELECT count(*) FROM ticket_event WHERE kiosk_id = ?),
                            (SELECT count(*) FROM rating WHERE kiosk_id = ?),
                            (SELECT count(*) FROM ticket_summary WHERE kiosk_id = ?),
                            records_received, records_stored
                     FROM hub_kiosk WHERE id = ?""")) {
            for (int i = 1; i <= 4; i++) {
                q.setString(i, KIOSK);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
            }
        }
    }

    private static String postgresVersion(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, PostgresCluster.USER, "");
             ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1).replaceAll(" .*", "");
        }
    }

    // ------------------------------------------------------------------ the fake hub

    private static int againstFakeHub(Path data, int n, int batch) throws Exception {
        try (FakeHub hub = new FakeHub()) {
            System.out.println("hub: FakeHub in this JVM (checks and keeps every record in memory, answers at once)");
            ConfigurableApplicationContext app = kiosk(data, hub.url(), FakeHub.KIOSK, FakeHub.TOKEN, batch);
            try {
                Generated generated = generate(app.getBean(DataSource.class), n);
                Drain drain = drain(app.getBean(SyncService.class), n);
                report(n, batch, drain, generated, hub.batchSizes.size() + " batches received");
                boolean ok = hub.stored.size() == n && hub.duplicates().isEmpty() && hub.violations.isEmpty();
                System.out.printf(Locale.ROOT, "check: fake hub stored %,d, duplicates %d, protocol violations %d: %s%n",
                        hub.stored.size(), hub.duplicates().size(), hub.violations.size(), ok ? "OK" : "MISMATCH");
                heap();
                return ok ? 0 : 1;
            } finally {
                app.close();
            }
        }
    }

    // ------------------------------------------------------------------ the kiosk

    private static ConfigurableApplicationContext kiosk(Path data, String hubUrl, String kioskId, String token,
                                                        int batch) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--motcua.data-dir=" + data.resolve("kiosk"), "--motcua.queue.demo=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--motcua.sync.hub-url=" + hubUrl, "--motcua.sync.kiosk-id=" + kioskId,
                "--motcua.sync.token=" + token, "--motcua.sync.interval=1h", "--motcua.sync.catalog-interval=1h",
                "--motcua.sync.batch-size=" + batch);
    }

    private record Drain(double seconds, SyncStatus status) {
    }

    /** "Sync now", then waits for an empty outbox (at most 10 minutes). */
    private static Drain drain(SyncService sync, int n) throws InterruptedException {
        long t1 = System.nanoTime();
        long deadline = t1 + TimeUnit.MINUTES.toNanos(10);
        sync.syncNow();
        SyncStatus status = sync.status();
        while (status.backlog() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = sync.status();
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        if (status.backlog() > 0) {
            System.out.printf(Locale.ROOT, "NOT DRAINED after %.0f s: %,d records still waiting, last error: %s%n",
                    seconds, status.backlog(), status.lastError());
        }
        return new Drain(seconds, status);
    }

    private static void report(int n, int batch, Drain drain, Generated generated, String batches) {
        System.out.printf(Locale.ROOT, "records: %,d (%,d queue events of %,d tickets, %,d ratings), generated in %.1f s%n",
                n, generated.events(), generated.tickets(), generated.ratings(), generated.seconds());
        System.out.printf(Locale.ROOT, "batches: %,d of %d records (%s)%n", (n + batch - 1) / batch, batch, batches);
        System.out.printf(Locale.ROOT, "synced: %.1f s from \"sync now\" to an empty outbox, %,.0f records/s;"
                        + " kiosk acknowledged %,d, last error: %s%n",
                drain.seconds(), n / drain.seconds(), drain.status().acknowledged(), drain.status().lastError());
    }

    /** The kiosk JVM's heap, the application still open: as the run left it, and its live data after a full GC. */
    private static void heap() {
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.gc();
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, "kiosk JVM heap after the run: %d MiB used (%d MiB after a full GC),"
                        + " %d MiB committed, max %d MiB%n",
                before.getUsed() >> 20, after.getUsed() >> 20, after.getCommitted() >> 20, after.getMax() >> 20);
    }

    // ------------------------------------------------------------------ the backlog

    private record Generated(int tickets, int events, int ratings, double seconds) {
    }

    /**
     * N records with their outbox rows, straight into the kiosk's Derby as the queue and the survey write them: served
     * tickets (a row in ticket with its day and number) with their 4 events and the citizen's counted rating at the
     * counter, one ticket every 30 s over the last 7 days (the last ticket may have fewer records, to make N).
     */
    private static Generated generate(DataSource dataSource, int n) throws Exception {
        long start = System.nanoTime();
        Instant t0 = Instant.now().minus(Duration.ofDays(7));
        int tickets = 0;
        int events = 0;
        int ratings = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ticket = c.prepareStatement("""
                    INSERT INTO ticket (id, ticket_day, service_id, display, procedure_code, ticket_state, issued_at,
                        queued_at, counter_num, officer, called_at, call_count)
                    VALUES (?, ?, 'ho-tich', ?, '1.001234', 'FINISHED', ?, ?, ?, ?, ?, 1)""");
                 PreparedStatement event = c.prepareStatement("""
                    INSERT INTO ticket_event (id, ticket_id, event_type, happened_at, service_id, counter_num, officer)
                    VALUES (?, ?, ?, ?, 'ho-tich', ?, ?)""");
                 PreparedStatement rating = c.prepareStatement("""
                    INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, ticket_id,
                        ticket_display, service_id, field, counter_num, officer, c1_time, c7_attitude, reasons, counted,
                        counted_ticket)
                    VALUES (?, ?, 'BUTTON_BOX', 3, ?, ?, ?, ?, 'ho-tich', 'Hộ tịch', ?, ?, 2, 1, ?, TRUE, ?)""");
                 PreparedStatement outbox = c.prepareStatement(
                         "INSERT INTO sync_outbox (record_type, record_id, created_at) VALUES (?, ?, ?)")) {
                int made = 0;
                while (made < n) {
                    int t = tickets++;
                    String id = UUID.randomUUID().toString();
                    Instant issued = t0.plusSeconds(30L * t);
                    Instant called = issued.plusSeconds(60L * (t % 40));
                    Instant serving = called.plusSeconds(30);
                    Instant finished = serving.plusSeconds(60L * (3 + t % 8));
                    LocalDate day = LocalDate.ofInstant(issued, TimeConfiguration.VIETNAM);
                    String display = String.format(Locale.ROOT, "A%03d", 1 + t % 999);
                    int counter = 1 + t % 8;
                    String officer = "canbo" + counter;
                    ticket.setString(1, id);
                    ticket.setDate(2, Date.valueOf(day));
                    ticket.setString(3, display);
                    ticket.setTimestamp(4, Timestamp.from(issued));
                    ticket.setTimestamp(5, Timestamp.from(issued));
                    ticket.setInt(6, counter);
                    ticket.setString(7, officer);
                    ticket.setTimestamp(8, Timestamp.from(called));
                    ticket.addBatch();
                    List<Object[]> steps = new ArrayList<>(List.of(new Object[] {"ISSUED", issued},
                            new Object[] {"CALLED", called}, new Object[] {"SERVING", serving},
                            new Object[] {"FINISHED", finished}));
                    for (Object[] step : steps) {
                        if (made == n) {
                            break;
                        }
                        String eventId = UUID.randomUUID().toString();
                        Instant at = (Instant) step[1];
                        boolean atCounter = !"ISSUED".equals(step[0]);
                        event.setString(1, eventId);
                        event.setString(2, id);
                        event.setString(3, (String) step[0]);
                        event.setTimestamp(4, Timestamp.from(at));
                        if (atCounter) {
                            event.setInt(5, counter);
                            event.setString(6, officer);
                        } else {
                            event.setNull(5, Types.INTEGER);
                            event.setNull(6, Types.VARCHAR);
                        }
                        event.addBatch();
                        outbox(outbox, "ticketEvent", eventId, at);
                        events++;
                        made++;
                    }
                    if (made < n) {
                        String ratingId = UUID.randomUUID().toString();
                        Instant at = finished.plusSeconds(10);
                        int level = t % 7 == 0 ? 3 : 1 + t % 2;
                        rating.setString(1, ratingId);
                        rating.setTimestamp(2, Timestamp.from(at));
                        rating.setInt(3, level);
                        rating.setBoolean(4, level == 3);
                        rating.setString(5, id);
                        rating.setString(6, display);
                        rating.setInt(7, counter);
                        rating.setString(8, officer);
                        rating.setString(9, level == 3 ? "LONG_WAIT" : null);
                        rating.setString(10, id);
                        rating.addBatch();
                        outbox(outbox, "rating", ratingId, at);
                        ratings++;
                        made++;
                    }
                    if (tickets % 200 == 0) {
                        execute(c, ticket, event, rating, outbox);
                    }
                }
                execute(c, ticket, event, rating, outbox);
            }
        }
        return new Generated(tickets, events, ratings, (System.nanoTime() - start) / 1e9);
    }

    private static void outbox(PreparedStatement outbox, String type, String id, Instant at) throws Exception {
        outbox.setString(1, type);
        outbox.setString(2, id);
        outbox.setTimestamp(3, Timestamp.from(at));
        outbox.addBatch();
    }

    private static void execute(Connection c, PreparedStatement... statements) throws Exception {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        c.commit();
    }

    // ------------------------------------------------------------------ the hub's JVM

    /**
     * The application in its hub profile in a JVM of its own, on the test classpath, started from the working
     * directory (the project, as bench/sync.sh runs it); its output goes to hub.log in {@code dir}, shown if it fails.
     */
    private static final class HubProcess implements AutoCloseable {

        private final Process process;
        private final int port;
        private final Path log;

        private HubProcess(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static HubProcess start(String jdbcUrl, Path dir) throws Exception {
            Files.createDirectories(dir);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = dir.resolve("hub.log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                    "--spring.profiles.active=hub", "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + PostgresCluster.USER, "--spring.datasource.password=",
                    "--server.port=" + port, "--motcua.data-dir=" + dir.resolve("data"),
                    "--logging.level.root=WARN");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            HubProcess hub = new HubProcess(process, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "hub-stop"));
            hub.awaitHealthy(Duration.ofSeconds(180));
            return hub;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        private void awaitHealthy(Duration timeout) throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The hub stopped at start:\n" + Files.readString(log));
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new IllegalStateException("The hub was not healthy within " + timeout.toSeconds() + " s:\n"
                    + Files.readString(log));
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
