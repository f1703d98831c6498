package org.motcua.kiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.motcua.kiosk.Application;
import org.motcua.kiosk.browser.Chromium;
import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.OpeningHours;
import org.motcua.kiosk.queue.OrderingPolicy;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.queue.ui.QueueBroadcaster;

/**
 * How long from "Gọi số tiếp theo" until the hall boards show the number, and how many tickets a second the queue
 * issues. Not a test: run it with bench/board.sh.
 *
 * <p>Latency: the application on a random port with an empty database, one service served by 10 counters, and
 * 3 boards open in 3 headless Chromium windows (1920x1080, sound allowed as on the appliance). In each board a
 * MutationObserver (installed from here; the application has no JavaScript of its own) notes {@code Date.now()} when
 * the latest call's number changes. The counters then call in turn, one call every {@code interval} ms (each counter
 * finishes its citizen before calling the next); {@code System.currentTimeMillis()} just before each
 * {@code callNext} is matched with each board's time for that number. Same machine, same wall clock. The first
 * calls warm up and are not counted.
 *
 * <p>Issuing: {@code QueueService.issueTicket} in a loop, on one thread and on four, each run in a fresh
 * application with an empty database (the day's tickets make each issue a little slower, so runs do not share one).
 *
 * <p>Arguments: calls (200), ms between calls (100), tickets per issuing run (2000).
 */
public final class BoardLatencyBenchmark {

    static final int BOARDS = 3;
    static final int COUNTERS = 10;
    static final int WARMUP_CALLS = 20;
    static final String SERVICE = "bench";

    /** Records when the latest call's number changes; test code only, run through Selenium. */
    static final String OBSERVE = """
            window.benchSeen = {};
            const root = document.getElementById('board-latest');
            let last = null;
            const note = () => {
              const n = root.querySelector('.board-latest-number');
              const text = n ? n.textContent : null;
              if (text && text !== last) {
                last = text;
                if (!(text in window.benchSeen)) { window.benchSeen[text] = Date.now(); }
              }
            };
            new MutationObserver(note).observe(root, {childList: true, subtree: true, characterData: true});
            note();
            """;

    private BoardLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.stream.error.field", "org.motcua.kiosk.base.DerbyLog.DISCARD");
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int interval = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int tickets = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Path work = Files.createTempDirectory("board-bench");
        try {
            Latency latency = latency(work.resolve("latency"), calls, interval);
            double one = issuing(work.resolve("issue-1"), tickets, 1);
            double four = issuing(work.resolve("issue-4"), tickets, 4);
            print(calls, interval, latency, tickets, one, four);
        } finally {
            delete(work);
        }
        System.exit(0);
    }

    record Latency(List<Long> boardMillis, List<Long> callMillis, int notSeen) {
    }

    static Latency latency(Path data, int calls, int interval) throws Exception {
        ConfigurableApplicationContext app = start(data);
        List<WebDriver> boards = new ArrayList<>();
        try {
            QueueService queue = app.getBean(QueueService.class);
            setUpOffice(queue);
            int total = WARMUP_CALLS + calls;
            for (int i = 0; i < total; i++) {
                queue.issueTicket(SERVICE, null);
            }
            String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/man-hinh";
            for (int b = 0; b < BOARDS; b++) {
                WebDriver driver = Chromium.startScreen(1920, 1080, Chromium.PLAY_SOUND_WITHOUT_TAP);
                boards.add(driver);
                driver.get(url);
                new WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".board-counter")));
                ((JavascriptExecutor) driver).executeScript(OBSERVE);
            }
            waitForListeners(app.getBean(QueueBroadcaster.class), BOARDS);

            Map<String, Long> sentAt = new LinkedHashMap<>();
            List<Long> callMillis = new ArrayList<>();
            boolean[] busy = new boolean[COUNTERS + 1];
            for (int i = 0; i < total; i++) {
                int counter = i % COUNTERS + 1;
                if (busy[counter]) {
                    queue.finish(counter, "bench");
                }
                long t0 = System.currentTimeMillis();
                Ticket called = queue.callNext(counter, "bench");
                long t1 = System.currentTimeMillis();
                busy[counter] = true;
                if (i >= WARMUP_CALLS) {
                    sentAt.put(called.display(), t0);
                    callMillis.add(t1 - t0);
                }
                Thread.sleep(interval);
            }
            Thread.sleep(2000);

            List<Long> boardMillis = new ArrayList<>();
            int notSeen = 0;
            for (WebDriver driver : boards) {
                @SuppressWarnings("unchecked")
                Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) driver)
                        .executeScript("return window.benchSeen;");
                for (var sent : sentAt.entrySet()) {
                    Object at = seen.get(sent.getKey());
                    if (at == null) {
                        notSeen++;
                    } else {
                        boardMillis.add(((Number) at).longValue() - sent.getValue());
                    }
                }
            }
            return new Latency(boardMillis, callMillis, notSeen);
        } finally {
            boards.forEach(WebDriver::quit);
            app.close();
        }
    }

    /** Tickets a second through issueTicket, on this many threads at once, in a fresh application. */
    static double issuing(Path data, int tickets, int threads) throws Exception {
        ConfigurableApplicationContext app = start(data);
        try {
            QueueService queue = app.getBean(QueueService.class);
            setUpOffice(queue);
            for (int i = 0; i < 50; i++) {
                queue.issueTicket("warm-up", null);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long t0 = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int share = tickets / threads + (t < tickets % threads ? 1 : 0);
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < share; i++) {
                            queue.issueTicket(SERVICE, null);
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                return tickets / ((System.nanoTime() - t0) / 1e9);
            } finally {
                pool.shutdown();
            }
        } finally {
            app.close();
        }
    }

    static ConfigurableApplicationContext start(Path data) {
        // Command-line arguments: they win over the test classpath's config/application.yml.
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--motcua.data-dir=" + data, "--motcua.queue.demo=false",
                "--motcua.catalog.demo=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.atmosphere=ERROR", "--logging.level.org.openqa.selenium=ERROR",
                "--logging.level.org.motcua.kiosk.queue.ui=ERROR");
    }

    /** One service open all day with room for 9,999 numbers, served by counters 1-10. */
    static void setUpOffice(QueueService queue) {
        OpeningHours allDay = OpeningHours.parse("00:00-23:59", "MON,TUE,WED,THU,FRI,SAT,SUN");
        queue.saveService(new ServiceType(SERVICE, "A", "Hộ tịch, chứng thực", "Civil status", List.of(), allDay,
                null, 1, 9999, 1, true));
        queue.saveService(new ServiceType("warm-up", "W", "Khởi động", "Warm-up", List.of(), allDay, null, 1, 999, 2,
                true));
        for (int c = 1; c <= COUNTERS; c++) {
            queue.saveCounter(new Counter(c, "Quầy " + c, true, Set.of(SERVICE)));
        }
        queue.savePolicy(OrderingPolicy.standard());
    }

    private static void waitForListeners(QueueBroadcaster broadcaster, int boards) throws InterruptedException {
        for (int i = 0; i < 100 && broadcaster.listenerCount() < boards; i++) {
            Thread.sleep(100);
        }
        if (broadcaster.listenerCount() < boards) {
            throw new IllegalStateException("only " + broadcaster.listenerCount() + " boards listen");
        }
    }

    static void print(int calls, int interval, Latency l, int tickets, double one, double four) {
        System.out.printf(Locale.ROOT, "%nCall -> board updated: %d calls from %d counters, one every %d ms, %d boards"
                + " (headless Chromium 1920x1080), after %d warm-up calls%n", calls, COUNTERS, interval, BOARDS,
                WARMUP_CALLS);
        System.out.printf(Locale.ROOT, "%-34s %8s %7s %7s %7s %7s%n", "", "samples", "p50", "p95", "p99", "max");
        row("call -> board shows it (ms)", l.boardMillis());
        row("callNext returns (ms)", l.callMillis());
        System.out.printf(Locale.ROOT, "%-34s %8d%n", "numbers a board never showed", l.notSeen());
        System.out.printf(Locale.ROOT, "%nTickets issued through QueueService.issueTicket (fresh database each run)%n");
        System.out.printf(Locale.ROOT, "%-10s %8s %12s%n", "threads", "tickets", "tickets/s");
        System.out.printf(Locale.ROOT, "%-10d %8d %12.0f%n", 1, tickets, one);
        System.out.printf(Locale.ROOT, "%-10d %8d %12.0f%n", 4, tickets, four);
    }

    private static void row(String name, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-34s %8d %7d %7d %7d %7d%n", name, sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast());
    }

    /** Nearest rank. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
