package org.motcua.kiosk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP hop between a kiosk and the real hub that misbehaves on demand, the way networks and hubs do: down
 * (connections refused), a 500 on every n-th batch after the hub has stored it (the acknowledgement is lost), an
 * answer held back past the kiosk's timeout, a batch delivered twice, or a hook when a batch arrives (to kill the kiosk
 * in the middle of it).
 * Everything else is passed through unchanged, headers that matter included.
 */
public final class FaultyProxy implements AutoCloseable {

    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "If-None-Match");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag");

    private final URI target;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private HttpServer server;

    private volatile int failEvery;
    private volatile int duplicateEvery;
    private volatile Duration delay = Duration.ZERO;
    private volatile IntConsumer onBatch = n -> { };
    private final AtomicInteger batches = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger delayed = new AtomicInteger();
    private final AtomicInteger duplicated = new AtomicInteger();

    private FaultyProxy(URI target) throws IOException {
        this.target = target;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    /** A proxy on a free local port to {@code target} (scheme, host and port; paths are kept). */
    public static FaultyProxy to(URI target) {
        try {
            return new FaultyProxy(target);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the proxy", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** From now on connections are refused, as when the hub or the line is down. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listening again on the same port. */
    public synchronized void up() {
        if (server == null) {
            try {
                server = listen(port);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot listen again on " + port, e);
            }
        }
    }

    /** Every n-th batch is stored by the hub but answered 500, so the kiosk must send it again (0: never). */
    public void failEvery(int n) {
        failEvery = n;
    }

    /** Every n-th batch is delivered to the hub twice, the kiosk seeing the second answer (0: never). */
    public void duplicateEvery(int n) {
        duplicateEvery = n;
    }

    /** Batches are forwarded (and stored) at once, but answered only after this long (zero: at once). */
    public void delay(Duration d) {
        delay = d;
    }

    /** Called with the batch's number (from 1) when a batch arrives, before it is forwarded. */
    public void onBatch(IntConsumer hook) {
        onBatch = hook;
    }

    public int batches() {
        return batches.get();
    }

    public int failed() {
        return failed.get();
    }

    public int delayed() {
        return delayed.get();
    }

    public int duplicated() {
        return duplicated.get();
    }

    @Override
    public void close() {
        down();
        threads.shutdownNow();
        client.close();
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        s.setExecutor(threads);
        s.createContext("/", this::handle);
        s.start();
        return s;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            boolean batch = "POST".equals(exchange.getRequestMethod())
                    && exchange.getRequestURI().getPath().endsWith("/batches");
            int number = batch ? batches.incrementAndGet() : 0;
            if (batch) {
                onBatch.accept(number);
            }
            HttpResponse<byte[]> answer;
            try {
                answer = forward(exchange, body);
                if (batch && duplicateEvery > 0 && number % duplicateEvery == 0 && answer.statusCode() == 200) {
                    duplicated.incrementAndGet();
                    answer = forward(exchange, body);
                }
            } catch (IOException e) {
                reply(exchange, 502, "application/json", "{\"error\":\"hub unreachable\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (batch && failEvery > 0 && number % failEvery == 0) {
                failed.incrementAndGet();
                reply(exchange, 500, "application/json",
                        "{\"error\":\"injected failure after the hub stored the batch\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (batch && !delay.isZero()) {
                delayed.incrementAndGet();
                Thread.sleep(delay);
            }
            HttpResponse<byte[]> passed = answer;
            RESPONSE_HEADERS.forEach(h -> passed.headers().firstValue(h)
                    .ifPresent(v -> exchange.getResponseHeaders().set(h, v)));
            byte[] out = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The kiosk gave up (timeout) or was killed while we held the answer: nothing to tell it.
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        URI uri = target.resolve(exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        REQUEST_HEADERS.forEach(h -> {
            String v = exchange.getRequestHeaders().getFirst(h);
            if (v != null) {
                request.header(h, v);
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }
}
