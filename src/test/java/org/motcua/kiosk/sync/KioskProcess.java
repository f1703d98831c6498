package org.motcua.kiosk.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SyncingKiosk} in a JVM of its own, on a data directory that outlives it: started, told what to do, stopped
 * cleanly or killed with SIGKILL, and started again on the same Derby files, as the appliance is after a power cut.
 */
final class KioskProcess implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = new ArrayList<>();
    private final Writer in;

    private KioskProcess(Process process) {
        this.process = process;
        this.in = process.outputWriter(StandardCharsets.UTF_8);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        reader.setName("kiosk-output");
    }

    /**
     * Starts a kiosk on {@code data} that syncs to {@code hub} as {@code kioskId}, and waits until it is up. {@code more}:
     * settings as {@code name=value} that replace the test defaults (quick batches, short timeouts and backoff).
     */
    static KioskProcess start(Path data, URI hub, String kioskId, String token, String... more) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("motcua.data-dir", data.toString());
        settings.put("server.port", "0");
        settings.put("logging.level.root", "warn");
        settings.put("motcua.sync.hub-url", hub.toString());
        settings.put("motcua.sync.kiosk-id", kioskId);
        settings.put("motcua.sync.token", token);
        settings.put("motcua.sync.batch-size", "20");
        settings.put("motcua.sync.timeout", "2s");
        settings.put("motcua.sync.backoff-min", "100ms");
        settings.put("motcua.sync.backoff-max", "1s");
        settings.put("motcua.sync.interval", "300ms");
        settings.put("motcua.sync.catalog-interval", "1h");
        for (String setting : more) {
            int eq = setting.indexOf('=');
            settings.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                // a kiosk lives seconds here and starts several times a run: C1 only, as on the appliance, and the
                // classes it loads kept in a shared archive made by the first that ends (each start after: faster)
                "-XX:TieredStopAtLevel=1", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + Path.of("target", "kiosk-process.jsa").toAbsolutePath(),
                "-Dderby.stream.error.field=org.motcua.kiosk.base.DerbyLog.DISCARD",
                "-cp", System.getProperty("java.class.path"), SyncingKiosk.class.getName()));
        settings.forEach((k, v) -> command.add("--" + k + "=" + v));
        try {
            KioskProcess kiosk = new KioskProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
            kiosk.await("READY", Duration.ofSeconds(90));
            return kiosk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} citizens served at counter 1 and rating there: 4 queue events and a rating each, all committed. */
    void serve(int n) {
        say("serve " + n);
        await("SERVED " + n, Duration.ofSeconds(120));
    }

    /** Waits until the kiosk's outbox is empty, every record acknowledged by the hub. */
    void drained(Duration timeout) {
        say("drained " + timeout.toSeconds());
        await("DRAINED", timeout.plusSeconds(30));
    }

    /** The number of procedures and the title of the catalogue the kiosk shows now. */
    String catalog() {
        say("catalog");
        return awaitPrefix("CATALOG ", Duration.ofSeconds(10));
    }

    /** Closes the application cleanly (Derby shut down) and waits for the JVM to end. */
    void quit() {
        say("quit");
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("The kiosk did not stop within a minute:\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** SIGKILL, wherever it is: no shutdown hook, no Derby shutdown, a request maybe half sent. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    private void say(String command) {
        try {
            in.write(command + "\n");
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The kiosk is gone:\n" + output(), e);
        }
    }

    private String awaitPrefix(String prefix, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < end) {
                String next = lines.poll(200, TimeUnit.MILLISECONDS);
                if (next != null && next.startsWith(prefix)) {
                    return next.substring(prefix.length());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("The kiosk did not say " + prefix + "...:\n" + output());
    }

    private void await(String line, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < end) {
                String next = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line.equals(next)) {
                    return;
                }
                if (next == null && !process.isAlive()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("The kiosk did not say " + line + ":\n" + output());
    }

    /** What a stopped kiosk's Derby holds: its records' ids and its outbox, read after the kiosk's JVM ended. */
    record Recorded(Set<String> events, Set<String> ratings, Set<String> tickets, int outbox) {

        static Recorded in(Path data) {
            String url = "jdbc:derby:" + data.resolve("derby").toAbsolutePath();
            try (Connection c = DriverManager.getConnection(url)) {
                return new Recorded(ids(c, "SELECT id FROM ticket_event"), ids(c, "SELECT id FROM rating"),
                        ids(c, "SELECT id FROM ticket"), ids(c, "SELECT record_id FROM sync_outbox").size());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the kiosk's Derby at " + url, e);
            } finally {
                try {
                    DriverManager.getConnection(url + ";shutdown=true").close();
                } catch (SQLException expected) {
                    // Derby answers a shutdown with an exception
                }
            }
        }

        private static Set<String> ids(Connection c, String sql) throws SQLException {
            Set<String> ids = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getString(1).trim());
                }
            }
            return ids;
        }
    }
}
