package org.motcua.kiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.queue.QueueBenchAccess;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.TicketSummaryBackfill;
import org.motcua.kiosk.survey.ReportBenchAccess;
import org.motcua.kiosk.survey.ReportCut;
import org.motcua.kiosk.survey.ReportPeriod;
import org.motcua.kiosk.survey.SatisfactionReport;

/**
 * Report queries over one year of a busy office: 100,000 tickets with their events and summaries, and 100,000 ratings (one counted
 * per finished ticket, the rest flagged presses), generated into a fresh Derby database (the application's own
 * migrations) in a temporary directory. Each report query is timed over the whole year and over one month: a few
 * warm-up runs, then the median and maximum of the measured runs. Not a test: run it with bench/report.sh.
 */
public final class ReportBenchmark {

    static final int TICKETS = 100_000;
    static final int RATINGS = 100_000;
    static final LocalDate FIRST = LocalDate.of(2025, 12, 1);
    static final LocalDate END = FIRST.plusYears(1);
    static final String[] SERVICES = {"dat-dai", "ho-tich", "xay-dung", "kinh-doanh", "lao-dong", "tu-phap"};
    static final String[] FIELDS = {"Đất đai", "Hộ tịch", "Xây dựng", "Đăng ký kinh doanh", "Lao động", "Chứng thực"};
    static final int COUNTERS = 8;
    static final String[] REASONS = {"LONG_WAIT", "LATE_RESULT", "MANY_TRIPS", "STAFF_ATTITUDE", "UNCLEAR_GUIDANCE"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.stream.error.field", "org.motcua.kiosk.base.DerbyLog.DISCARD");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        // -Dbench.dir=DIR keeps the generated database there and reuses it on the next run (new migrations apply)
        String keep = System.getProperty("bench.dir");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("report-bench");
        boolean reuse = Files.isDirectory(dir.resolve("derby"));
        String url = "jdbc:derby:" + dir.resolve("derby").toAbsolutePath();
        try {
            var dataSource = new SimpleDriverDataSource(new org.apache.derby.iapi.jdbc.AutoloadedDriver(),
                    url + ";create=true");
            long t0 = System.nanoTime();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            if (reuse) {
                System.out.printf(Locale.ROOT, "reused %s (migrated in %.1f s)%n", dir, (System.nanoTime() - t0) / 1e9);
            } else {
                long[] counts;
                try (Connection c = dataSource.getConnection()) {
                    counts = generate(c);
                }
                System.out.printf(Locale.ROOT, "generated %,d tickets, %,d events, %,d ratings in %.1f s%n",
                        counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9);
                // The tickets' summaries, made from the generated events as the migration V7_1 makes them for a
                // kiosk's existing data (so consistent with the events by construction); its time is the backfill's.
                long t1 = System.nanoTime();
                int summaries;
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    summaries = TicketSummaryBackfill.run(c);
                    c.commit();
                }
                System.out.printf(Locale.ROOT, "summarised %,d tickets from their events (the V7_1 backfill) in %.1f s%n",
                        summaries, (System.nanoTime() - t1) / 1e9);
            }
            System.out.printf(Locale.ROOT, "Derby database on disk: %.1f MB, of which tables and indexes (seg0) %.1f MB,"
                    + " log %.1f MB (%s)%n", size(dir) / 1e6, size(dir.resolve("derby/seg0")) / 1e6,
                    size(dir.resolve("derby/log")) / 1e6, dir);

            QueueService queue = QueueBenchAccess.service(dataSource, Clock.system(TimeConfiguration.VIETNAM));
            SatisfactionReport report = ReportBenchAccess.report(dataSource, queue);
            ReportPeriod year = new ReportPeriod(FIRST, END);
            ReportPeriod month = new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
            System.out.printf(Locale.ROOT, "%d measured runs after 2 warm-up runs; milliseconds%n", runs);
            System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %10s %8s%n", "query", "year p50", "year max",
                    "month p50", "month max", "rows");
            for (var q : queries(report, queue).entrySet()) {
                double[] y = time(() -> q.getValue().apply(year), runs);
                double[] m = time(() -> q.getValue().apply(month), runs);
                System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %10.1f %10.1f %8d%n", q.getKey(), y[0], y[1],
                        m[0], m[1], (long) y[2]);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby says a database shut down with an exception
            }
            if (keep == null) {
                delete(dir);
            }
        }
    }

    interface Query {
        int apply(ReportPeriod period);
    }

    static Map<String, Query> queries(SatisfactionReport report, QueueService queue) {
        Map<String, Query> q = new LinkedHashMap<>();
        q.put("total (766 rate)", p -> report.total(p).rated());
        for (ReportCut cut : ReportCut.values()) {
            q.put("satisfaction by " + cut, p -> report.satisfaction(p, cut).size());
        }
        q.put("không hài lòng list", p -> report.dissatisfied(p).size());
        q.put("flagged count", report::flaggedCount);
        q.put("flagged list", p -> report.flagged(p).size());
        q.put("queue events, read only", p -> queue.events(p.start(), p.end()).size());
        q.put("queue summaries, read only", p -> {
            int[] n = new int[1];
            queue.summaries(p.start(), p.end(), t -> n[0]++);
            return n[0];
        });
        for (ReportCut cut : ReportCut.values()) {
            if (cut.appliesToQueue()) {
                q.put("queue by " + cut, p -> report.queue(p, cut).size());
            }
        }
        return q;
    }

    /** Median, max (ms) and the result's size. */
    static double[] time(Supplier<Integer> query, int runs) {
        int size = 0;
        for (int i = 0; i < 2; i++) {
            size = query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[runs - 1], size};
    }

    // ------------------------------------------------------------------ a year of a busy office

    /**
     * About 400 tickets a working day (Monday to Friday and Saturday morning) over a year: most are called, served
     * and finished; some are recalled, 5% do not show up, 3% are transferred to another counter; a finished ticket
     * is rated once (62% very satisfied, 30% satisfied, 8% not, with reasons and sometimes a comment), 40% with a
     * dossier code; the ratings left to 100,000 are flagged presses.
     */
    static long[] generate(Connection c) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(766);
        List<LocalDate> days = Stream.iterate(FIRST, d -> d.isBefore(END), d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
        long events = 0;
        long ratings = 0;
        int dossierSeq = 0;
        List<Object[]> finished = new ArrayList<>();
        try (PreparedStatement ticket = c.prepareStatement("""
                INSERT INTO ticket (id, ticket_day, service_id, display, ticket_state, issued_at, queued_at, counter_num,
                    officer, called_at, call_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement event = c.prepareStatement("""
                INSERT INTO ticket_event (id, ticket_id, event_type, happened_at, service_id, counter_num, officer)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement rating = c.prepareStatement("""
                INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, ticket_id, ticket_display,
                    dossier_code, service_id, field, counter_num, officer, c1_time, c3_contacts, c4_agencies, c7_attitude,
                    reasons, comment_text, counted, flag, counted_ticket, counted_dossier)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int perDay = TICKETS / days.size();
            int extra = TICKETS - perDay * days.size();
            int made = 0;
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                int n = perDay + (d < extra ? 1 : 0);
                int open = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 4 * 3600 : 8 * 3600;
                int[] perService = new int[SERVICES.length];
                for (int i = 0; i < n; i++) {
                    int s = pick(random, new int[] {30, 25, 15, 12, 10, 8});
                    perService[s]++;
                    Instant issued = day.atTime(LocalTime.of(7, 30)).atZone(TimeConfiguration.VIETNAM).toInstant()
                            .plusSeconds((long) open * i / n);
                    int counter = 1 + random.nextInt(COUNTERS);
                    String officer = "canbo" + (counter + (random.nextInt(3) == 0 ? COUNTERS : 0));
                    UUID id = UUID.randomUUID();
                    String display = (char) ('A' + s) + String.format(Locale.ROOT, "%03d", perService[s]);
                    long waitS = 60 + (long) (Math.abs(random.nextGaussian()) * 900);
                    Instant called = issued.plusSeconds(waitS);
                    double fate = random.nextDouble();
                    String state;
                    events += ev(event, id, "ISSUED", issued, SERVICES[s], null, null);
                    events += ev(event, id, "CALLED", called, SERVICES[s], counter, officer);
                    Instant t = called;
                    if (random.nextDouble() < 0.08) {
                        t = t.plusSeconds(45);
                        events += ev(event, id, "RECALLED", t, SERVICES[s], counter, officer);
                    }
                    if (fate < 0.05) {
                        t = t.plusSeconds(120);
                        events += ev(event, id, "NO_SHOW", t, SERVICES[s], counter, officer);
                        state = "NO_SHOW";
                    } else {
                        t = t.plusSeconds(20);
                        events += ev(event, id, "SERVING", t, SERVICES[s], counter, officer);
                        if (fate < 0.08) {
                            t = t.plusSeconds(180);
                            events += ev(event, id, "TRANSFERRED", t, SERVICES[s], counter, officer);
                            counter = 1 + (counter % COUNTERS);
                            officer = "canbo" + counter;
                            t = t.plusSeconds(300);
                            events += ev(event, id, "CALLED", t, SERVICES[s], counter, officer);
                            t = t.plusSeconds(15);
                            events += ev(event, id, "SERVING", t, SERVICES[s], counter, officer);
                        }
                        t = t.plusSeconds(180 + (long) (Math.abs(random.nextGaussian()) * 600));
                        events += ev(event, id, "FINISHED", t, SERVICES[s], counter, officer);
                        state = "FINISHED";
                        finished.add(new Object[] {id, display, s, counter, officer, t});
                    }
                    ticket.setString(1, id.toString());
                    ticket.setDate(2, java.sql.Date.valueOf(day));
                    ticket.setString(3, SERVICES[s]);
                    ticket.setString(4, display);
                    ticket.setString(5, state);
                    ticket.setTimestamp(6, Timestamp.from(issued));
                    ticket.setTimestamp(7, Timestamp.from(issued));
                    ticket.setInt(8, counter);
                    ticket.setString(9, officer);
                    ticket.setTimestamp(10, Timestamp.from(called));
                    ticket.setInt(11, 1);
                    ticket.addBatch();
                    if (++made % 2_000 == 0) {
                        ticket.executeBatch();
                        event.executeBatch();
                        c.commit();
                    }
                }
            }
            ticket.executeBatch();
            event.executeBatch();
            c.commit();

            for (Object[] f : finished) {
                if (ratings >= RATINGS) {
                    break;
                }
                int level = pick(random, new int[] {62, 30, 8}) + 1;
                String dossier = random.nextDouble() < 0.4 ? String.format(Locale.ROOT, "000.00.29.H29-%s-%04d",
                        LocalDate.ofInstant((Instant) f[5], TimeConfiguration.VIETNAM)
                                .format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")), ++dossierSeq % 10_000)
                        : null;
                rate(rating, random, (Instant) ((Instant) f[5]).plusSeconds(20), level, (UUID) f[0], (String) f[1],
                        dossier, (int) f[2], (Integer) f[3], (String) f[4], true, null);
                if (++ratings % 5_000 == 0) {
                    rating.executeBatch();
                    c.commit();
                }
            }
            while (ratings < RATINGS) {
                Object[] f = finished.get(random.nextInt(finished.size()));
                boolean outside = random.nextBoolean();
                rate(rating, random, ((Instant) f[5]).plusSeconds(outside ? 900 : 40), pick(random, new int[] {5, 3, 2}) + 1,
                        outside ? null : (UUID) f[0], outside ? null : (String) f[1], null, (int) f[2],
                        (Integer) f[3], (String) f[4], false, outside ? "OUTSIDE_WINDOW" : "ALREADY_RATED");
                if (++ratings % 5_000 == 0) {
                    rating.executeBatch();
                    c.commit();
                }
            }
            rating.executeBatch();
            c.commit();
        }
        return new long[] {TICKETS, events, ratings};
    }

    private static int ev(PreparedStatement event, UUID ticket, String type, Instant at, String service,
                          Integer counter, String officer) throws SQLException {
        event.setString(1, UUID.randomUUID().toString());
        event.setString(2, ticket.toString());
        event.setString(3, type);
        event.setTimestamp(4, Timestamp.from(at));
        event.setString(5, service);
        event.setObject(6, counter, java.sql.Types.INTEGER);
        event.setString(7, officer);
        event.addBatch();
        return 1;
    }

    private static void rate(PreparedStatement r, Random random, Instant at, int level, UUID ticket, String display,
                             String dossier, int service, Integer counter, String officer, boolean counted,
                             String flag) throws SQLException {
        boolean not = level == 3;
        r.setString(1, UUID.randomUUID().toString());
        r.setTimestamp(2, Timestamp.from(at));
        r.setString(3, random.nextBoolean() ? "COUNTER_SCREEN" : random.nextBoolean() ? "BUTTON_BOX" : "KIOSK");
        r.setInt(4, 3);
        r.setInt(5, level);
        r.setBoolean(6, not);
        r.setString(7, ticket == null ? null : ticket.toString());
        r.setString(8, display);
        r.setString(9, dossier);
        r.setString(10, SERVICES[service]);
        r.setString(11, FIELDS[service]);
        r.setObject(12, counter, java.sql.Types.INTEGER);
        r.setString(13, officer);
        for (int i = 14; i <= 17; i++) {
            r.setObject(i, random.nextDouble() < 0.3 ? random.nextInt(3) : null, java.sql.Types.INTEGER);
        }
        r.setString(18, not ? REASONS[random.nextInt(REASONS.length)] : null);
        r.setString(19, not && random.nextDouble() < 0.3 ? "Chờ quá lâu, cán bộ hướng dẫn chưa rõ ràng" : null);
        r.setBoolean(20, counted);
        r.setString(21, flag);
        r.setString(22, counted && ticket != null ? ticket.toString() : null);
        r.setString(23, counted ? dossier : null);
        r.addBatch();
    }

    private static int pick(Random random, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
