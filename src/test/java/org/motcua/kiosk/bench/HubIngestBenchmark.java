package org.motcua.kiosk.bench;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.motcua.kiosk.Application;
import org.motcua.kiosk.hub.HubRegistry;
import org.motcua.kiosk.hub.SyncBatches;
import org.motcua.kiosk.support.PostgresCluster;

/**
 * The hub's ingest over real HTTP on a throwaway PostgreSQL (fsync off, as in the tests): one kiosk sending 100,000
 * records (queue events of 20,000 tickets and 20,000 ratings) in batches of 500 one after the other, then 50 kiosks
 * sending 2,000 records each at once, then every batch of the first kiosk again (all duplicates). Bodies are made
 * before the clock starts. Not a test: run it with bench/hub.sh.
 */
public final class HubIngestBenchmark {

    static final int BATCH = 500;

    private HubIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = PostgresCluster.get().createDatabase();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("hub")
                // As arguments: they come before application-hub.yml, which names a datasource of its own.
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresCluster.USER,
                        "--spring.datasource.password=", "--server.port=0", "--logging.level.root=warn")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HubRegistry registry = app.getBean(HubRegistry.class);
            SyncBatches hub = new SyncBatches(port);
            registry.addOffice("bench", "Benchmark");

            // One kiosk, 100,000 records in 200 batches of 500.
            registry.addKiosk("bench-1", "bench", "Bench 1");
            String token = registry.issueToken("bench-1");
            List<String> bodies = bodies("bench-1", 100_000);
            warmUp(registry, hub);
            long[] oneByOne = send(hub, token, bodies);
            report("1 kiosk, 100,000 records in batches of 500", oneByOne, 100_000);

            // 50 kiosks at once, 2,000 records each (4 batches of 500), 100,000 in all.
            List<String> tokens = new ArrayList<>();
            List<List<String>> perKiosk = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                registry.addKiosk("many-" + k, "bench", "Many " + k);
                tokens.add(registry.issueToken("many-" + k));
                perKiosk.add(bodies("many-" + k, 2_000));
            }
            long start = System.nanoTime();
            List<Long> latencies = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
                List<Future<long[]>> done = new ArrayList<>();
                for (int k = 0; k < 50; k++) {
                    int n = k;
                    done.add(pool.submit(() -> send(hub, tokens.get(n), perKiosk.get(n))));
                }
                for (Future<long[]> f : done) {
                    for (long l : f.get()) {
                        latencies.add(l);
                    }
                }
            }
            long wall = System.nanoTime() - start;
            report("50 kiosks at once, 2,000 records each", latencies.stream().mapToLong(Long::longValue).toArray(),
                    100_000, wall);

            long[] again = send(hub, token, bodies);
            report("1 kiosk, the same 100,000 again (all duplicates)", again, 100_000);
        }
        System.exit(0);
    }

    private static void warmUp(HubRegistry registry, SyncBatches hub) {
        registry.addKiosk("warm-up", "bench", "Warm-up");
        String token = registry.issueToken("warm-up");
        send(hub, token, bodies("warm-up", 20_000));
    }

    /** Batch bodies of {@code records} records: ticket days of 4 events and one rating each, in time order. */
    static List<String> bodies(String kiosk, int records) {
        List<String> bodies = new ArrayList<>();
        List<Map<String, Object>> batch = new ArrayList<>();
        Instant at = Instant.parse("2026-06-01T01:00:00Z");
        int made = 0;
        while (made < records) {
            UUID ticket = UUID.randomUUID();
            List<Map<String, Object>> day = new ArrayList<>(SyncBatches.servedTicket(ticket, at, made % 40, 6,
                    "ho-tich", 1 + made % 8, "A" + (100 + made % 900)));
            day.add(SyncBatches.rating(at.plusSeconds(3600), 1 + made % 3, true));
            for (Map<String, Object> r : day) {
                if (made == records) {
                    break;
                }
                batch.add(r);
                made++;
                if (batch.size() == BATCH) {
                    bodies.add(SyncBatches.batch(kiosk, batch));
                    batch.clear();
                }
            }
            at = at.plusSeconds(37);
        }
        if (!batch.isEmpty()) {
            bodies.add(SyncBatches.batch(kiosk, batch));
        }
        return bodies;
    }

    /** Each batch's time in nanoseconds; any answer but 200 stops the benchmark. */
    static long[] send(SyncBatches hub, String token, List<String> bodies) {
        long[] times = new long[bodies.size()];
        for (int i = 0; i < bodies.size(); i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = hub.postJson(token, bodies.get(i));
            times[i] = System.nanoTime() - t;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
        }
        return times;
    }

    private static void report(String what, long[] batchNanos, int records) {
        report(what, batchNanos, records, Arrays.stream(batchNanos).sum());
    }

    private static void report(String what, long[] batchNanos, int records, long wallNanos) {
        long[] sorted = batchNanos.clone();
        Arrays.sort(sorted);
        double seconds = wallNanos / 1e9;
        System.out.printf(Locale.ROOT, "%-50s %6.2f s  %,8.0f records/s  batch p50 %5.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                what, seconds, records / seconds, ms(sorted, 0.5), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1] / 1e6;
    }
}
