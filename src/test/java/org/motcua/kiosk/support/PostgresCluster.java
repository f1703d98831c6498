package org.motcua.kiosk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throwaway PostgreSQL server for the tests of one JVM: made by {@code initdb} in a temporary directory on first
 * use, listening on 127.0.0.1 at a free port, without durability (fsync off: the data dies with the JVM anyway),
 * stopped and deleted by a shutdown hook. Each test context takes a fresh database of its own
 * ({@link #createDatabase()}). The binaries are Debian's ({@code /usr/lib/postgresql/<version>/bin}, the newest
 * one), or those under {@code -Dmotcua.pg.bin=} or {@code MOTCUA_PG_BIN}. PostgreSQL refuses to run as root: as
 * root (CI, these machines) the directory is given to the {@code postgres} user and the commands run through
 * {@code runuser -u postgres --}.
 */
public final class PostgresCluster {

    /** The superuser initdb makes; connections from 127.0.0.1 need no password (-A trust). */
    public static final String USER = "postgres";

    private static PostgresCluster instance;

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;
    private final Process server;

    /** The cluster of this JVM, started on first call. */
    public static synchronized PostgresCluster get() {
        if (instance == null) {
            instance = new PostgresCluster();
        }
        return instance;
    }

    /**
     * Registers a fresh database (and the JDBC driver) as the test context's datasource: for a
     * {@code @DynamicPropertySource} method. The database is made when the context asks for its URL.
     */
    public static void register(DynamicPropertyRegistry registry) {
        String url = get().createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    private PostgresCluster() {
        bin = binaries();
        asPostgresUser = isRoot();
        try {
            dir = Files.createTempDirectory("motcua-pg-");
            data = dir.resolve("data");
            if (asPostgresUser) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--locale=C", "--no-sync"), asPostgresUser);
            port = freePort();
            List<String> start = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", data.toString(),
                    "-p", Integer.toString(port), "-k", dir.toString(), "-c", "listen_addresses=127.0.0.1",
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "max_connections=300"));
            server = new ProcessBuilder(command(start, asPostgresUser))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a PostgreSQL for the tests", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "postgres-stop"));
        awaitReady();
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of a database of this cluster. */
    public String url(String database) {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
    }

    /** A new empty database, hub_<random>; its JDBC URL (user {@link #USER}, no password). */
    public String createDatabase() {
        String name = "hub_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("CREATE DATABASE " + name + " failed: " + e.getMessage(), e);
        }
        return url(name);
    }

    /** A connection to a database of this cluster as the superuser. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, "");
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL stopped at start:\n" + log());
            }
            try (Connection c = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("PostgreSQL did not answer within 60 s: " + last + "\n" + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void stop() {
        try {
            if (server.isAlive()) {
                run(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "immediate"),
                        asPostgresUser);
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        } catch (Exception e) {
            server.destroyForcibly();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is no reason to fail the build.
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        Process p = new ProcessBuilder(command(command, asPostgres)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(List<String> command, boolean asPostgres) {
        if (!asPostgres) {
            return command;
        }
        List<String> c = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        c.addAll(command);
        return c;
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Path binaries() {
        String configured = System.getProperty("motcua.pg.bin", System.getenv("MOTCUA_PG_BIN"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (Files.isExecutable(p.resolve("initdb"))) {
                return p;
            }
            throw new IllegalStateException("No initdb in " + p + " (motcua.pg.bin / MOTCUA_PG_BIN)");
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(PostgresCluster::major));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("The hub's tests need the PostgreSQL server binaries and found none under "
                + "/usr/lib/postgresql/<version>/bin: install Debian's postgresql (apt-get install -y postgresql), "
                + "or point -Dmotcua.pg.bin= (MOTCUA_PG_BIN) at a directory holding initdb, postgres and pg_ctl.");
    }

    private static int major(Path versionDir) {
        try {
            return Integer.parseInt(versionDir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
