package org.motcua.kiosk.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hub in the test's JVM (com.sun.net.httpserver on a free port) that checks what a kiosk sends against the protocol
 * (docs/sync-protocol.md: token, kiosk, content type, exactly the fields of each record type), stores each record once
 * by id, and answers per scenario: normally, down (connections refused), with a status of the test's choice for some
 * batches (a 500 after storing, as when the answer is lost), or slowly. Over HTTP, or HTTPS with a key store of
 * {@link org.motcua.kiosk.support.TestCertificates}.
 */
public final class FakeHub implements AutoCloseable {

    public static final String TOKEN = "test-token";
    public static final String KIOSK = "phuong-mau-1";

    static final Set<String> EVENT_FIELDS = Set.of("type", "id", "ticketId", "eventType", "happenedAt", "serviceId",
            "counter", "officer", "detail", "ticketDay", "ticketDisplay", "priority", "procedureCode");
    static final Set<String> RATING_FIELDS = Set.of("type", "id", "recordedAt", "channel", "scaleSize", "level",
            "dissatisfied", "ticketId", "ticketDisplay", "dossierCode", "serviceId", "field", "counter", "officer",
            "answers", "reasons", "comment", "counted", "flag");

    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;
    private final SSLContext tls;
    private HttpServer server;

    /** Every record stored, by id (the first copy). */
    public final Map<String, JsonNode> stored = new ConcurrentHashMap<>();
    /** How many times each id arrived in a batch that was answered 200 or stored. */
    public final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    /** The number of records of every batch received, in order. */
    public final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    /** Protocol violations seen; a test expects none. */
    public final List<String> violations = new CopyOnWriteArrayList<>();
    public final AtomicInteger batches = new AtomicInteger();
    public final AtomicInteger catalogRequests = new AtomicInteger();
    public final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

    /** The status to answer the n-th batch (1-based) with; 200 stores it. A 500 here stores too (the answer is lost). */
    public volatile IntUnaryOperator statusOfBatch = n -> 200;
    /** How long to wait before answering a batch. */
    public volatile Duration delay = Duration.ZERO;
    /** The catalogue to serve, with its ETag; null: 404. */
    public volatile byte[] catalog;
    public volatile String catalogEtag;

    public FakeHub() throws IOException {
        this(null);
    }

    /** A hub that speaks HTTPS with the key store of {@code tls} (null: plain HTTP). */
    public FakeHub(SSLContext tls) throws IOException {
        this.tls = tls;
        server = listen(0);
        port = server.getAddress().getPort();
    }

    public String url() {
        return url("127.0.0.1");
    }

    /** The hub's address under another name for this machine ({@code localhost}). */
    public String url(String host) {
        return (tls == null ? "http://" : "https://") + host + ":" + port;
    }

    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void up() throws IOException {
        if (server == null) {
            server = listen(port);
        }
    }

    /** Ids that arrived more than once in batches the hub answered (a lost answer makes duplicates). */
    public Set<String> duplicates() {
        Set<String> d = new TreeSet<>();
        arrivals.forEach((id, n) -> {
            if (n.get() > 1) {
                d.add(id);
            }
        });
        return d;
    }

    @Override
    public void close() {
        down();
    }

    private HttpServer listen(int onPort) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort);
        HttpServer s;
        if (tls == null) {
            s = HttpServer.create(address, 0);
        } else {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            s = https;
        }
        s.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        s.createContext("/api/sync/v1/batches", this::batch);
        s.createContext("/api/sync/v1/catalog", this::catalog);
        s.start();
        return s;
    }

    private void batch(HttpExchange x) throws IOException {
        try (x) {
            byte[] body = x.getRequestBody().readAllBytes();
            int n = batches.incrementAndGet();
            if (!"POST".equals(x.getRequestMethod())) {
                answer(x, 405, "{}");
                return;
            }
            if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                answer(x, 401, "{\"messageVi\": \"Mã truy cập không hợp lệ\", \"messageEn\": \"Invalid token\"}");
                return;
            }
            String type = x.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.startsWith("application/json")) {
                violations.add("content type " + type);
                answer(x, 415, "{\"messageVi\": \"Sai kiểu\", \"messageEn\": \"Not JSON\"}");
                return;
            }
            JsonNode batch = json.readTree(body);
            List<String> problems = check(batch);
            if (!problems.isEmpty()) {
                violations.addAll(problems);
                answer(x, 400, "{\"messageVi\": \"Sai\", \"messageEn\": \"Bad\", \"problems\": []}");
                return;
            }
            int status = statusOfBatch.applyAsInt(n);
            if (status == 200 || status == 500) {
                int stored = store(batch.get("records"));
                batchSizes.add(batch.get("records").size());
                if (!delay.isZero()) {
                    sleep(delay);
                }
                if (status == 200) {
                    answer(x, 200, "{\"received\": " + batch.get("records").size() + ", \"stored\": " + stored
                            + ", \"duplicates\": " + (batch.get("records").size() - stored) + "}");
                    return;
                }
            }
            answer(x, status, "{\"messageVi\": \"Lỗi " + status + "\", \"messageEn\": \"Error " + status + "\"}");
        } catch (RuntimeException e) {
            violations.add("not JSON: " + e.getMessage());
            answer(x, 400, "{}");
        }
    }

    private List<String> check(JsonNode batch) {
        List<String> problems = new ArrayList<>();
        if (!KIOSK.equals(batch.path("kioskId").asString(null))) {
            problems.add("kioskId " + batch.get("kioskId"));
        }
        if (!batch.path("batchId").isString()) {
            problems.add("no batchId");
        }
        if (!Set.of("kioskId", "batchId", "records").containsAll(names(batch))) {
            problems.add("batch fields " + names(batch));
        }
        JsonNode records = batch.get("records");
        if (records == null || !records.isArray() || records.isEmpty() || records.size() > 1000) {
            problems.add("records " + (records == null ? null : records.size()));
            return problems;
        }
        for (JsonNode r : records) {
            Set<String> expected = switch (r.path("type").asString("")) {
                case "ticketEvent" -> EVENT_FIELDS;
                case "rating" -> RATING_FIELDS;
                default -> null;
            };
            if (expected == null || !names(r).equals(expected)) {
                problems.add("record fields " + names(r));
            }
        }
        return problems;
    }

    private int store(JsonNode records) {
        int fresh = 0;
        for (JsonNode r : records) {
            String id = r.get("id").asString();
            arrivals.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            if (stored.putIfAbsent(id, r) == null) {
                fresh++;
            }
        }
        return fresh;
    }

    private static Set<String> names(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.propertyNames().forEach(s::add);
        return Collections.unmodifiableSet(s);
    }

    private void catalog(HttpExchange x) throws IOException {
        try (x) {
            catalogRequests.incrementAndGet();
            if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                answer(x, 401, "{\"messageVi\": \"Mã truy cập không hợp lệ\", \"messageEn\": \"Invalid token\"}");
                return;
            }
            String tag = x.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(String.valueOf(tag));
            byte[] body = catalog;
            String etag = catalogEtag;
            if (body == null) {
                answer(x, 404, "{\"messageVi\": \"Chưa có danh mục\", \"messageEn\": \"No catalogue\"}");
                return;
            }
            if (etag != null && etag.equals(tag)) {
                x.getResponseHeaders().add("ETag", etag);
                x.sendResponseHeaders(304, -1);
                return;
            }
            if (etag != null) {
                x.getResponseHeaders().add("ETag", etag);
            }
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
