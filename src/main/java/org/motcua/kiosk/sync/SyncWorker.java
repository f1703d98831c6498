package org.motcua.kiosk.sync;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.motcua.kiosk.catalog.CatalogImportException;
import org.motcua.kiosk.catalog.CatalogService;

/**
 * The one thread that talks to the hub. It sends the outbox oldest first, a batch after another while a backlog
 * remains, and looks again every {@code interval} when there is none; after a failure it waits (exponential backoff
 * with jitter, reset by a success) and sends the same rows again, which the hub recognises by their ids. Every
 * {@code catalog-interval} it asks for the hub's catalogue. It resumes after a restart by construction: the outbox is
 * in Derby. {@link #stop()} ends it between two steps, never inside a Derby call (Derby takes an interrupt during
 * its I/O as a reason to close the connection), and aborts an exchange with the hub under way.
 */
class SyncWorker {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);
    /** Screens are told at most this often while a backlog drains, and always when it ends or fails. */
    private static final long PUSH_EVERY_NANOS = Duration.ofMillis(500).toNanos();

    /** What came of one batch. */
    enum Outcome { SENT_FULL, SENT_LAST, NOTHING, RETRY, REFUSED }

    private final SyncProperties properties;
    private final SyncStore store;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HubClient hub;
    private final Backoff backoff;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Semaphore wake = new Semaphore(0);

    private volatile boolean running;
    private volatile Thread thread;
    private volatile long nextBatchAt;
    private volatile long nextCatalogAt;
    private volatile Instant waitingUntil;
    private int failures;
    private int batchSize;
    /**
     * While a backlog drains: the last sequence number acknowledged, where the next batch starts. Back to 0 (a scan
     * from the start) when a batch is not full, so a row committed late with a lower number is sent at the end of the
     * drain at the latest.
     */
    private long drainedTo;
    private long lastPush;

    SyncWorker(SyncProperties properties, javax.net.ssl.SSLContext tls, SyncStore store, CatalogService catalog,
               ApplicationEventPublisher events, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
        this.hub = new HubClient(properties, tls);
        this.backoff = new Backoff(properties.backoffMin(), properties.backoffMax(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.batchSize = properties.batchSize();
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        long now = System.nanoTime();
        nextBatchAt = now;
        nextCatalogAt = now;
        thread = Thread.ofPlatform().daemon().name("sync").start(this::run);
        log.info("Syncing to {} as kiosk {}", properties.hubUrl(), properties.kioskId());
    }

    synchronized void stop() {
        Thread t = thread;
        thread = null;
        running = false;
        if (t == null) {
            return;
        }
        wake.release();
        hub.abort();
        try {
            // A Derby step under way finishes first; an exchange with the hub was aborted above.
            if (!t.join(properties.timeout().plusSeconds(5))) {
                log.warn("The sync thread did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hub.close();
    }

    boolean isRunning() {
        return thread != null;
    }

    /** Sends what is waiting and checks the catalogue now, whatever the wait it was in. */
    void syncNow() {
        long now = System.nanoTime();
        nextBatchAt = now;
        nextCatalogAt = now;
        wake.release();
    }

    /** When the next attempt is due while the worker waits after a failure; null otherwise. */
    Instant waitingUntil() {
        return waitingUntil;
    }

    // ------------------------------------------------------------------ the loop

    private void run() {
        while (running) {
            long now = System.nanoTime();
            try {
                if (now - nextCatalogAt >= 0) {
                    nextCatalogAt = now + properties.catalogInterval().toNanos();
                    pullCatalog();
                }
                if (running && System.nanoTime() - nextBatchAt >= 0) {
                    schedule(sendBatch());
                }
            } catch (RuntimeException e) {
                // A database problem, say: recorded, and tried again later like a failed batch.
                log.error("The sync hit a problem; it carries on", e);
                try {
                    failedBatch("kiosk: " + e, false);
                } catch (RuntimeException again) {
                    log.debug("Could not record the problem either", again);
                }
                schedule(Outcome.RETRY);
            }
            long wait = Math.min(nextBatchAt, nextCatalogAt) - System.nanoTime();
            if (running && wait > 0) {
                try {
                    if (wake.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                        wake.drainPermits();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    private void schedule(Outcome outcome) {
        long now = System.nanoTime();
        Duration wait = switch (outcome) {
            case SENT_FULL -> Duration.ZERO;
            case SENT_LAST, NOTHING -> properties.interval();
            case RETRY -> backoff.after(++failures);
            case REFUSED -> {
                failures++;
                yield properties.backoffMax();
            }
        };
        if (outcome == Outcome.SENT_FULL || outcome == Outcome.SENT_LAST || outcome == Outcome.NOTHING) {
            if (failures > 0) {
                log.info("Sync to {} works again after {} failed attempt(s)", properties.hubUrl(), failures);
            }
            failures = 0;
            waitingUntil = null;
        } else {
            waitingUntil = clock.instant().plus(wait);
        }
        nextBatchAt = now + wait.toNanos();
        boolean draining = outcome == Outcome.SENT_FULL;
        if (!draining || now - lastPush >= PUSH_EVERY_NANOS) {
            lastPush = now;
            if (outcome != Outcome.NOTHING) {
                publish();
            }
        }
    }

    // ------------------------------------------------------------------ batches

    /** Sends the oldest rows of the outbox, once. */
    Outcome sendBatch() {
        SyncStore.Batch batch = store.oldest(drainedTo, batchSize);
        if (batch.rows().isEmpty() && drainedTo > 0) {
            drainedTo = 0;
            batch = store.oldest(0, batchSize);
        }
        if (batch.rows().isEmpty()) {
            store.upToDate(clock.instant());
            return Outcome.NOTHING;
        }
        if (batch.records().isEmpty()) {
            // Rows whose records are gone (nothing deletes them today): nothing to send, nothing to keep.
            log.warn("{} outbox row(s) point at no record; dropped", batch.rows().size());
            store.acknowledged(batch.rows(), 0, clock.instant());
            return drained(batch);
        }
        if (batch.records().size() < batch.rows().size()) {
            log.warn("{} outbox row(s) point at no record; dropped with their batch",
                    batch.rows().size() - batch.records().size());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kioskId", properties.kioskId());
        body.put("batchId", UUID.randomUUID().toString());
        body.put("records", batch.records());
        byte[] bytes = json.writeValueAsBytes(body);
        HubClient.Answer answer;
        try {
            answer = hub.postBatch(bytes);
        } catch (HubClient.Unreachable e) {
            if (!running) {
                return Outcome.RETRY;
            }
            failedBatch(e.getMessage(), true);
            return Outcome.RETRY;
        }
        int status = answer.status();
        if (status == 200) {
            String problem = checkReceipt(answer, batch.records().size());
            if (problem != null) {
                failedBatch(problem, true);
                return Outcome.RETRY;
            }
            store.acknowledged(batch.rows(), batch.records().size(), clock.instant());
            return drained(batch);
        }
        String error = "HTTP " + status + hubMessage(answer);
        if (status == 413 && batchSize > 1) {
            // The hub takes smaller batches than this kiosk sends: halve them and go on.
            batchSize = Math.max(1, batchSize / 2);
            failedBatch(error + " (batches of " + batchSize + " from now on)", true);
            return Outcome.RETRY;
        }
        if (status >= 400 && status < 500 || status < 200 || status >= 300 && status < 400) {
            failedBatch(error, true);
            return Outcome.REFUSED;
        }
        failedBatch(error, true);
        return Outcome.RETRY;
    }

    private Outcome drained(SyncStore.Batch batch) {
        if (batch.rows().size() >= batchSize) {
            drainedTo = batch.rows().getLast().seq();
            return Outcome.SENT_FULL;
        }
        drainedTo = 0;
        return Outcome.SENT_LAST;
    }

    /** Null when the acknowledgement counts the records sent; else what is wrong with it. */
    private String checkReceipt(HubClient.Answer answer, int sent) {
        try {
            JsonNode receipt = json.readTree(answer.body());
            JsonNode received = receipt.get("received");
            if (received != null && received.isNumber() && received.asInt() != sent) {
                return "the hub acknowledged " + received.asInt() + " of " + sent + " records";
            }
            return null;
        } catch (RuntimeException e) {
            return "the hub's answer is not the protocol's: " + snippet(answer.text());
        }
    }

    private void failedBatch(String error, boolean logIt) {
        if (logIt) {
            if (failures == 0) {
                log.warn("Sync to {} failed: {}", properties.hubUrl(), error);
            } else {
                log.debug("Sync to {} failed again: {}", properties.hubUrl(), error);
            }
        }
        store.failed(clock.instant(), error);
    }

    // ------------------------------------------------------------------ the catalogue

    /** Asks the hub for its catalogue and applies a new one; a bad download leaves the catalogue in use. */
    void pullCatalog() {
        String applied = store.catalogEtag().orElse(null);
        HubClient.Answer answer;
        try {
            answer = hub.getCatalog(applied);
        } catch (HubClient.Unreachable e) {
            if (running) {
                store.catalogFailed(clock.instant(), e.getMessage());
                publish();
            }
            return;
        }
        Instant now = clock.instant();
        switch (answer.status()) {
            case 304, 404 -> store.catalogChecked(now);
            case 200 -> {
                String etag = answer.etag().orElse(null);
                if (etag != null && etag.equals(applied)) {
                    store.catalogChecked(now);
                    break;
                }
                try {
                    var published = catalog.importCatalog(new ByteArrayInputStream(answer.body()),
                            "hub " + properties.hubUrl() + (etag == null ? "" : " " + etag));
                    store.catalogApplied(etag, clock.instant());
                    log.info("Catalogue {} from the hub applied: version {}, {} procedures", etag, published.version(),
                            published.procedureCount());
                } catch (CatalogImportException e) {
                    store.catalogChecked(now);
                    store.catalogFailed(now, "catalogue " + (etag == null ? "" : etag + " ") + "refused: "
                            + e.problems().size() + " problem(s); " + firstProblem(e));
                    log.warn("The hub's catalogue {} was refused; the catalogue in use stays", etag);
                } catch (RuntimeException e) {
                    store.catalogFailed(now, "catalogue " + (etag == null ? "" : etag + " ") + "not applied: " + e);
                    log.warn("The hub's catalogue {} could not be applied; the catalogue in use stays", etag, e);
                }
            }
            default -> store.catalogFailed(now, "HTTP " + answer.status() + hubMessage(answer));
        }
        publish();
    }

    private static String firstProblem(CatalogImportException e) {
        return e.problems().isEmpty() ? "" : e.problems().getFirst().describe();
    }

    // ------------------------------------------------------------------ helpers

    /** The hub's messages of a refusal ("messageVi / messageEn"), or the start of whatever it said. */
    private String hubMessage(HubClient.Answer answer) {
        if (answer.body().length == 0) {
            return "";
        }
        try {
            JsonNode n = json.readTree(answer.body());
            String vi = n.path("messageVi").asString("");
            String en = n.path("messageEn").asString("");
            List<String> parts = java.util.stream.Stream.of(vi, en).filter(s -> !s.isBlank()).toList();
            if (!parts.isEmpty()) {
                String problems = n.has("problems") && n.get("problems").isArray() && !n.get("problems").isEmpty()
                        ? " " + n.get("problems").get(0) : "";
                return ": " + String.join(" / ", parts) + problems;
            }
        } catch (RuntimeException notJson) {
            // fall through
        }
        return ": " + snippet(answer.text());
    }

    private static String snippet(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }

    private void publish() {
        try {
            events.publishEvent(new SyncStatusChanged());
        } catch (RuntimeException e) {
            log.warn("A listener failed on the sync status", e);
        }
    }
}
