package org.motcua.kiosk.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeoutException;

/**
 * The hub's two addresses over java.net.http (HTTP or HTTPS): the whole exchange is bounded by a deadline, a response
 * body by a size, and {@link #abort()} ends the exchange under way at once (the application is stopping). Over HTTPS
 * the hub's certificate is checked against the trust of {@link HubTls}, and its name against the certificate.
 */
class HubClient implements AutoCloseable {

    static final String BATCHES = "/api/sync/v1/batches";
    static final String CATALOG = "/api/sync/v1/catalog";
    /** Answers to batches are a line of JSON; anything longer is cut. */
    private static final long MAX_ANSWER = 64 * 1024;

    /** A response: its status, body and ETag. */
    record Answer(int status, byte[] body, Optional<String> etag) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The hub could not be reached or did not answer in time; worth trying again later. */
    static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The body was larger than allowed. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final SyncProperties properties;
    private final HttpClient http;
    private volatile CompletableFuture<?> inFlight;

    /** {@code tls}: the context for an HTTPS hub ({@link HubTls#context}), hostname verification included. */
    HubClient(SyncProperties properties, javax.net.ssl.SSLContext tls) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(properties.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer postBatch(byte[] json) throws Unreachable {
        HttpRequest request = request(BATCHES)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        return exchange(request, MAX_ANSWER, properties.timeout());
    }

    Answer getCatalog(String etag) throws Unreachable {
        HttpRequest.Builder request = request(CATALOG).header("Accept", "application/json").GET();
        if (etag != null && !etag.isBlank()) {
            request.header("If-None-Match", etag);
        }
        return exchange(request.build(), properties.catalogMaxSize().toBytes(), properties.timeout().multipliedBy(6));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(properties.hubUrl() + path))
                .timeout(properties.timeout())
                .header("Authorization", "Bearer " + properties.token());
    }

    private Answer exchange(HttpRequest request, long maxBody, Duration deadline) throws Unreachable {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, info -> new Bounded(maxBody));
        inFlight = future;
        try {
            HttpResponse<byte[]> response = future.get(deadline.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag"));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Unreachable("no answer within " + seconds(deadline), e);
        } catch (CancellationException e) {
            throw new Unreachable("stopped", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unreachable("stopped", e);
        } catch (ExecutionException e) {
            throw new Unreachable(describe(e.getCause(), properties.timeout()), e.getCause());
        } finally {
            inFlight = null;
        }
    }

    /** Ends the exchange under way, if any. */
    void abort() {
        CompletableFuture<?> f = inFlight;
        if (f != null) {
            f.cancel(true);
        }
    }

    @Override
    public void close() {
        abort();
        http.shutdownNow();
    }

    private static String describe(Throwable t, Duration timeout) {
        if (t instanceof java.net.http.HttpConnectTimeoutException) {
            return "cannot connect within " + seconds(timeout);
        }
        if (t instanceof HttpTimeoutException) {
            return "no answer within " + seconds(timeout);
        }
        if (t instanceof TooLarge) {
            return "answer too large: " + t.getMessage();
        }
        if (t instanceof java.net.ConnectException) {
            return "cannot connect" + (t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        if (t instanceof javax.net.ssl.SSLException) {
            return tls(t);
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * A TLS failure in words an administrator can act on, in Vietnamese and English (shown as is in the back office):
     * a certificate from a CA this kiosk does not trust, one that does not name the hub, one out of its dates.
     */
    static String tls(Throwable t) {
        String names = "";
        boolean untrusted = false;
        boolean expired = false;
        String mismatch = null;
        int depth = 0;
        for (Throwable c = t; c != null && depth++ < 20; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            names = m;
            if (c instanceof java.security.cert.CertificateExpiredException
                    || c instanceof java.security.cert.CertificateNotYetValidException
                    || c instanceof java.security.cert.CertPathValidatorException v
                    && v.getReason() == java.security.cert.CertPathValidatorException.BasicReason.EXPIRED) {
                expired = true;
            }
            if (c instanceof java.security.cert.CertPathBuilderException
                    || c instanceof java.security.cert.CertPathValidatorException || m.contains("PKIX path")) {
                untrusted = true;
            }
            if (c instanceof java.security.cert.CertificateException
                    && (m.startsWith("No subject alternative") || m.startsWith("No name matching"))) {
                mismatch = m;
            }
        }
        if (mismatch != null) {
            return "Chứng chỉ của máy chủ tổng hợp không mang tên máy trong motcua.sync.hub-url / the hub's certificate does not "
                    + "name the host of motcua.sync.hub-url (" + mismatch + ")";
        }
        if (expired) {
            return "Chứng chỉ của máy chủ tổng hợp đã hết hạn hoặc chưa có hiệu lực / the hub's certificate has expired or is not "
                    + "yet valid (" + names + ")";
        }
        if (untrusted) {
            return "Chứng chỉ của máy chủ tổng hợp không được tin cậy: hãy khai báo chứng chỉ CA đã cấp nó trong "
                    + "motcua.sync.trust-store / the hub's certificate is not trusted: set motcua.sync.trust-store to "
                    + "the certificate of the CA that issued it (" + shortened(t.getMessage()) + ")";
        }
        return "Lỗi kết nối TLS / TLS failed: " + shortened(t.getMessage());
    }

    private static String shortened(String m) {
        if (m == null) {
            return "";
        }
        return m.length() <= 160 ? m : m.substring(0, 159) + "…";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Collects a body up to a limit and refuses it beyond, without holding more than the limit. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final List<ByteBuffer> parts = new ArrayList<>();
        private long size;
        private Flow.Subscription subscription;

        Bounded(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                size += b.remaining();
                parts.add(b);
            }
            if (size > limit) {
                parts.clear();
                subscription.cancel();
                result.completeExceptionally(new TooLarge(limit));
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            if (result.isDone()) {
                return;
            }
            byte[] all = new byte[(int) size];
            int at = 0;
            for (ByteBuffer b : parts) {
                int n = b.remaining();
                b.get(all, at, n);
                at += n;
            }
            result.complete(all);
        }
    }
}
