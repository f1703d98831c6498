package org.motcua.kiosk.appliance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd (a {@code Type=notify} unit with {@code WatchdogSec=}) that the kiosk is up, and keeps telling it
 * only while it is healthy.
 *
 * <p>One daemon thread: it asks the kiosk's own page on loopback until it answers, then sends {@code READY=1}; from
 * then on, every half of the watchdog interval, it runs the health checks and sends {@code WATCHDOG=1} only when all
 * pass. A failing check stops the pings and says why in {@code STATUS=} (shown by {@code systemctl status}); if it
 * does not recover within the interval, systemd kills the service and starts it again. A JVM that hangs stops the
 * pings by itself. Outside systemd (no {@code NOTIFY_SOCKET}) nothing runs.
 */
final class SystemdWatchdog {

    private static final Logger log = LoggerFactory.getLogger(SystemdWatchdog.class);

    /** One check of the application's health: empty when healthy, else what is wrong, in words. */
    @FunctionalInterface
    interface HealthCheck {
        Optional<String> problem();
    }

    private final SystemdNotify notify;
    private final Duration pingEvery;
    private final URI kioskPage;
    private final List<HealthCheck> checks;
    private final Duration retry;
    private final HttpClient http;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile boolean ready;

    /**
     * @param env        the process environment ({@code NOTIFY_SOCKET}, {@code WATCHDOG_USEC}, {@code WATCHDOG_PID})
     * @param kioskPage  the page that must answer before the kiosk is ready
     * @param checks     what must hold for each watchdog ping
     * @param retry      how often to ask the page while it does not answer yet
     * @return empty when systemd did not ask for notifications
     */
    static Optional<SystemdWatchdog> fromEnvironment(Map<String, String> env, long pid, URI kioskPage,
                                                     List<HealthCheck> checks, Duration retry) {
        return SystemdNotify.fromEnvironment(env)
                .map(notify -> new SystemdWatchdog(notify, watchdogInterval(env, pid), kioskPage, checks, retry));
    }

    /** Half of {@code WATCHDOG_USEC} when the watchdog is meant for this process, else zero (no pings). */
    static Duration watchdogInterval(Map<String, String> env, long pid) {
        String usec = env.get("WATCHDOG_USEC");
        String forPid = env.get("WATCHDOG_PID");
        if (usec == null || (forPid != null && !forPid.isBlank() && !forPid.trim().equals(Long.toString(pid)))) {
            return Duration.ZERO;
        }
        try {
            long micros = Long.parseLong(usec.trim());
            return micros <= 0 ? Duration.ZERO : Duration.ofNanos(micros * 1000 / 2);
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    SystemdWatchdog(SystemdNotify notify, Duration pingEvery, URI kioskPage, List<HealthCheck> checks,
                    Duration retry) {
        this.notify = notify;
        this.pingEvery = pingEvery;
        this.kioskPage = kioskPage;
        this.checks = List.copyOf(checks);
        this.retry = retry;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("systemd-watchdog").start(this::run);
        }
    }

    /** Says STOPPING=1 and ends the thread (a stop is not a hang: no more pings are owed). */
    synchronized void stop() {
        stop.countDown();
        Thread t = thread;
        thread = null;
        if (t != null) {
            report(notify.send("STOPPING=1\nSTATUS=Đang dừng / Stopping"));
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean ready() {
        return ready;
    }

    private void run() {
        try {
            String lastProblem = "";
            while (!ready) {
                Optional<String> problem = pageProblem().or(this::healthProblem);
                if (problem.isEmpty()) {
                    ready = true; // before systemd hears it: whoever hears READY=1 finds ready() true
                    report(notify.send("READY=1\nSTATUS=Đang chạy / Running"));
                    log.info("Told systemd the kiosk is ready{}", pingEvery.isZero() ? ""
                            : " (watchdog ping every " + pingEvery.toMillis() + " ms while healthy)");
                } else {
                    if (!problem.get().equals(lastProblem)) {
                        report(notify.send("STATUS=Đang khởi động / Starting: " + problem.get()));
                        lastProblem = problem.get();
                    }
                    if (stop.await(retry.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            }
            if (pingEvery.isZero()) {
                return;
            }
            lastProblem = "";
            do {
                Optional<String> problem = healthProblem();
                if (problem.isEmpty()) {
                    report(notify.send(lastProblem.isEmpty() ? "WATCHDOG=1"
                            : "WATCHDOG=1\nSTATUS=Đang chạy / Running"));
                    if (!lastProblem.isEmpty()) {
                        log.info("Healthy again; watchdog pings resumed");
                    }
                    lastProblem = "";
                } else if (!problem.get().equals(lastProblem)) {
                    log.error("Unhealthy, watchdog pings withheld (systemd restarts the kiosk if this lasts): {}",
                            problem.get());
                    report(notify.send("STATUS=Lỗi / Unhealthy: " + problem.get()));
                    lastProblem = problem.get();
                }
            } while (!stop.await(pingEvery.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<String> pageProblem() {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(kioskPage).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() < 400 ? Optional.empty()
                    : Optional.of(kioskPage + " answered " + answer.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } catch (Exception e) {
            return Optional.of(kioskPage + " does not answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Optional<String> healthProblem() {
        List<String> problems = new ArrayList<>();
        for (HealthCheck check : checks) {
            try {
                check.problem().ifPresent(problems::add);
            } catch (RuntimeException e) {
                problems.add(String.valueOf(e));
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static void report(Optional<String> failure) {
        failure.ifPresent(why -> log.warn("Could not notify systemd: {}", why));
    }
}
