package org.motcua.kiosk.appliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's side of systemd's notify protocol, against a real Unix datagram socket as systemd binds it: READY only
 * once the kiosk's page answers, watchdog pings only while healthy, the reason in STATUS, STOPPING on stop.
 */
class SystemdWatchdogTest {

    private static final Duration QUICK = Duration.ofMillis(200);

    @TempDir
    Path dir;

    @Test
    void readyIsSentOnlyOnceTheKioskPageAnswers() throws Throwable {
        int port = freePort();
        try (NotifySocket systemd = new NotifySocket(dir.resolve("notify"))) {
            SystemdWatchdog watchdog = new SystemdWatchdog(new SystemdNotify(systemd.path()), Duration.ZERO,
                    URI.create("http://127.0.0.1:" + port + "/"), List.of(), QUICK);
            watchdog.start();
            try {
                Optional<String> starting = systemd.receiveUntil("STATUS=", Duration.ofSeconds(10));
                assertThat(starting).get().asString().contains("Đang khởi động / Starting")
                        .contains("does not answer").doesNotContain("READY=1");
                assertThat(systemd.receiveUntil("READY=1", Duration.ofSeconds(1))).isEmpty();
                assertThat(watchdog.ready()).isFalse();

                HttpServer kiosk = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                kiosk.createContext("/", exchange -> {
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                kiosk.start();
                try {
                    assertThat(systemd.receiveUntil("READY=1", Duration.ofSeconds(10))).isPresent();
                    assertThat(watchdog.ready()).isTrue();
                } finally {
                    kiosk.stop(0);
                }
            } finally {
                watchdog.stop();
            }
        }
    }

    @Test
    void aServerErrorIsNotReady() throws Throwable {
        HttpServer kiosk = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kiosk.createContext("/", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        kiosk.start();
        try (NotifySocket systemd = new NotifySocket(dir.resolve("notify"))) {
            SystemdWatchdog watchdog = new SystemdWatchdog(new SystemdNotify(systemd.path()), Duration.ZERO,
                    URI.create("http://127.0.0.1:" + kiosk.getAddress().getPort() + "/"), List.of(), QUICK);
            watchdog.start();
            try {
                assertThat(systemd.receiveUntil("STATUS=", Duration.ofSeconds(10))).get().asString()
                        .contains("answered 500");
                assertThat(systemd.receiveUntil("READY=1", Duration.ofSeconds(1))).isEmpty();
            } finally {
                watchdog.stop();
            }
        } finally {
            kiosk.stop(0);
        }
    }

    @Test
    void pingsOnlyWhileHealthyAndSaysWhyNot() throws Throwable {
        HttpServer kiosk = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kiosk.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        kiosk.start();
        AtomicReference<Optional<String>> database = new AtomicReference<>(Optional.empty());
        try (NotifySocket systemd = new NotifySocket(dir.resolve("notify"))) {
            SystemdWatchdog watchdog = new SystemdWatchdog(new SystemdNotify(systemd.path()), Duration.ofMillis(100),
                    URI.create("http://127.0.0.1:" + kiosk.getAddress().getPort() + "/"),
                    List.of(database::get, () -> Optional.empty()), QUICK);
            watchdog.start();
            try {
                assertThat(systemd.receiveUntil("READY=1", Duration.ofSeconds(10))).isPresent();
                assertThat(systemd.receiveUntil("WATCHDOG=1", Duration.ofSeconds(5))).isPresent();

                database.set(Optional.of("the database does not answer"));
                assertThat(systemd.receiveUntil("STATUS=Lỗi / Unhealthy", Duration.ofSeconds(5))).get().asString()
                        .contains("the database does not answer").doesNotContain("WATCHDOG=1");
                // ten ping intervals without a single ping: systemd's watchdog runs out and restarts the kiosk
                assertThat(systemd.receiveUntil("WATCHDOG=1", Duration.ofSeconds(1))).isEmpty();

                database.set(Optional.empty());
                assertThat(systemd.receiveUntil("WATCHDOG=1", Duration.ofSeconds(5))).get().asString()
                        .contains("STATUS=Đang chạy / Running");
            } finally {
                watchdog.stop();
            }
            assertThat(systemd.receiveUntil("STOPPING=1", Duration.ofSeconds(5))).isPresent();
        } finally {
            kiosk.stop(0);
        }
    }

    @Test
    void aCheckThatThrowsCountsAsUnhealthy() throws Throwable {
        HttpServer kiosk = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kiosk.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        kiosk.start();
        try (NotifySocket systemd = new NotifySocket(dir.resolve("notify"))) {
            SystemdWatchdog watchdog = new SystemdWatchdog(new SystemdNotify(systemd.path()), Duration.ofMillis(100),
                    URI.create("http://127.0.0.1:" + kiosk.getAddress().getPort() + "/"),
                    List.of(() -> {
                        throw new IllegalStateException("print thread gone");
                    }), QUICK);
            watchdog.start();
            try {
                assertThat(systemd.receiveUntil("print thread gone", Duration.ofSeconds(10))).isPresent();
                assertThat(systemd.receiveUntil("READY=1", Duration.ofSeconds(1))).isEmpty();
            } finally {
                watchdog.stop();
            }
        } finally {
            kiosk.stop(0);
        }
    }

    @Test
    void theWatchdogIntervalIsHalfOfWhatSystemdSetsAndOnlyForThisProcess() {
        assertThat(SystemdWatchdog.watchdogInterval(Map.of("WATCHDOG_USEC", "30000000"), 42))
                .isEqualTo(Duration.ofSeconds(15));
        assertThat(SystemdWatchdog.watchdogInterval(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "42"), 42))
                .isEqualTo(Duration.ofSeconds(15));
        assertThat(SystemdWatchdog.watchdogInterval(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "7"), 42))
                .isZero();
        assertThat(SystemdWatchdog.watchdogInterval(Map.of(), 42)).isZero();
        assertThat(SystemdWatchdog.watchdogInterval(Map.of("WATCHDOG_USEC", "soon"), 42)).isZero();
    }

    @Test
    void withoutNotifySocketNothingRuns() {
        assertThat(SystemdWatchdog.fromEnvironment(Map.of(), 1, URI.create("http://127.0.0.1:1/"), List.of(),
                QUICK)).isEmpty();
        assertThat(SystemdWatchdog.fromEnvironment(Map.of("NOTIFY_SOCKET", "/run/systemd/notify"), 1,
                URI.create("http://127.0.0.1:1/"), List.of(), QUICK)).isPresent();
    }

    @Test
    void aMissingOrBadSocketIsReportedNotThrown() {
        assertThat(new SystemdNotify(dir.resolve("nobody-listens").toString()).send("READY=1")).get().asString()
                .contains("sendto").contains("errno");
        assertThat(new SystemdNotify("relative/path").send("READY=1")).get().asString().contains("not a socket path");
        assertThat(new SystemdNotify("/" + "x".repeat(200)).send("READY=1")).isPresent();
    }

    @Test
    void anAbstractSocketNameIsTakenAsOne() {
        // systemd may hand "@name" (the abstract namespace): accepted as an address, so only the delivery can fail
        String name = "@motcua-test-nobody-" + ProcessHandle.current().pid();
        assertThat(new SystemdNotify(name).send("READY=1")).get().asString().contains("sendto(" + name + ")")
                .doesNotContain("not a socket path");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
