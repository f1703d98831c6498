package org.motcua.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.JsonNode;

import org.motcua.kiosk.base.Outbox;
import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.survey.Channel;
import org.motcua.kiosk.survey.Rating;
import org.motcua.kiosk.survey.RatingInput;
import org.motcua.kiosk.survey.SurveyService;

/**
 * The kiosk's sync worker against a hub in the test's JVM: every record arrives once and is forgotten only when
 * acknowledged, through a hub that is down, fails, is slow or refuses; and the catalogue comes down whole or not at
 * all. Real Derby, real HTTP; the application's own worker is off (no hub configured), each test starts its own.
 */
@SpringBootTest(properties = "motcua.sync.batch-size=100")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SyncWorkerTest {

    static final String ONE_PROCEDURE = """
            {"format": "motcua-catalog", "formatVersion": 1, "title": "Danh mục của hub", "procedures": [
              {"code": "1.000001", "name": "Thủ tục thử nghiệm", "field": "Thử", "level": "commune",
               "methods": [{"channel": "IN_PERSON", "processingDays": 0, "fees": []}]}
            ]}""";

    @Autowired
    SyncStore store;
    @Autowired
    CatalogService catalog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Outbox outbox;
    @Autowired
    QueueService queue;
    @Autowired
    SurveyService survey;

    FakeHub hub;
    SyncService sync;

    @BeforeEach
    void emptyOutboxAndAHub() throws Exception {
        jdbc.sql("DELETE FROM sync_outbox").update();
        jdbc.sql("""
                UPDATE sync_state SET acknowledged = 0, last_attempt_at = NULL, last_success_at = NULL,
                       last_error_at = NULL, last_error = NULL""").update();
        hub = new FakeHub();
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.stop();
        }
        hub.close();
    }

    private SyncProperties properties(String token, Duration timeout, Duration backoffMin, Duration backoffMax,
                                      DataSize catalogMax) {
        return new SyncProperties(hub.url(), FakeHub.KIOSK, token, 100, Duration.ofMillis(200), timeout, backoffMin,
                backoffMax, Duration.ofHours(1), catalogMax);
    }

    private SyncProperties fast() {
        return properties(FakeHub.TOKEN, Duration.ofSeconds(5), Duration.ofMillis(20), Duration.ofMillis(200),
                DataSize.ofMegabytes(20));
    }

    private SyncService start(SyncProperties p) {
        sync = new SyncService(p, store, catalog, events, clock);
        sync.start();
        return sync;
    }

    /** n records straight into Derby with their outbox rows, half ratings, half queue events of one ticket. */
    private void backlog(int n) {
        UUID ticket = UUID.randomUUID();
        Instant t0 = clock.instant().minus(Duration.ofDays(7));
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    INSERT INTO ticket (id, ticket_day, service_id, display, ticket_state, issued_at, queued_at)
                    VALUES (?, ?, 'ho-tich', 'A999', 'FINISHED', ?, ?)""")
                    .params(ticket.toString(), java.sql.Date.valueOf("2026-11-14"), Timestamp.from(t0),
                            Timestamp.from(t0)).update();
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                Timestamp at = Timestamp.from(t0.plusSeconds(i));
                if (i % 2 == 0) {
                    jdbc.sql("""
                            INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, counter_num,
                                c7_attitude, reasons, counted) VALUES (?, ?, 'BUTTON_BOX', 3, ?, ?, 1, 2, ?, TRUE)""")
                            .params(id.toString(), at, 1 + i % 3, i % 3 == 2, i % 3 == 2 ? "LONG_WAIT,OTHER" : null)
                            .update();
                    outbox.add(Outbox.RecordType.RATING, id);
                } else {
                    jdbc.sql("""
                            INSERT INTO ticket_event (id, ticket_id, event_type, happened_at, service_id, counter_num,
                                officer) VALUES (?, ?, 'RECALLED', ?, 'ho-tich', 1, 'canbo')""")
                            .params(id.toString(), ticket.toString(), at).update();
                    outbox.add(Outbox.RecordType.TICKET_EVENT, id);
                }
            }
        });
    }

    private List<String> waiting() {
        return jdbc.sql("SELECT record_id FROM sync_outbox ORDER BY seq").query(String.class).list().stream()
                .map(String::strip).toList();
    }

    private long acknowledged() {
        return jdbc.sql("SELECT acknowledged FROM sync_state WHERE id = 1").query(Long.class).single();
    }

    private void awaitDrained() {
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting().isEmpty());
    }

    @Test
    void everyRecordArrivesOnceOldestFirstAndIsForgottenOnceAcknowledged() {
        // A morning at counter 1, as the application records it, then a backlog.
        List<Ticket> served = new java.util.ArrayList<>();
        List<Rating> ratings = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queue.issueTicket("ho-tich", null);
            served.add(queue.callNext(1, "canbo"));
            queue.startServing(1, "canbo");
            queue.finish(1, "canbo");
            ratings.add(survey.rateAtCounter(1, RatingInput.level(i == 2 ? 3 : 1), Channel.BUTTON_BOX));
        }
        backlog(1_000);
        List<String> expected = waiting();
        assertThat(expected).hasSize(1_015);

        start(fast());
        awaitDrained();

        assertThat(hub.violations).isEmpty();
        assertThat(hub.stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(hub.duplicates()).isEmpty();
        assertThat(hub.batchSizes).allMatch(n -> n <= 100);
        assertThat(hub.batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_015);
        assertThat(acknowledged()).isEqualTo(1_015);
        SyncStatus status = sync.status();
        assertThat(status.backlog()).isZero();
        assertThat(status.oldestWaiting()).isNull();
        assertThat(status.acknowledged()).isEqualTo(1_015);
        assertThat(status.lastSuccess()).isNotNull();
        assertThat(status.lastError()).isNull();
        assertThat(status.hubUrl()).isEqualTo(hub.url());
        assertThat(status.kioskId()).isEqualTo(FakeHub.KIOSK);

        // What arrived is what the kiosk recorded.
        Ticket first = served.getFirst();
        String issued = jdbc.sql("SELECT id FROM ticket_event WHERE ticket_id = ? AND event_type = 'ISSUED'")
                .param(first.id().toString()).query(String.class).single().strip();
        JsonNode event = hub.stored.get(issued);
        assertThat(event.get("type").asString()).isEqualTo("ticketEvent");
        assertThat(event.get("ticketId").asString()).isEqualTo(first.id().toString());
        assertThat(event.get("eventType").asString()).isEqualTo("ISSUED");
        assertThat(event.get("serviceId").asString()).isEqualTo("ho-tich");
        assertThat(event.get("ticketDisplay").asString()).isEqualTo(first.display());
        assertThat(event.get("ticketDay").asString()).isEqualTo(first.day().toString());
        assertThat(Instant.parse(event.get("happenedAt").asString())).isEqualTo(first.issuedAt());
        assertThat(event.get("counter").isNull()).isTrue();
        Rating unhappy = ratings.getLast();
        JsonNode rating = hub.stored.get(unhappy.id().toString());
        assertThat(rating.get("level").asInt()).isEqualTo(3);
        assertThat(rating.get("dissatisfied").asBoolean()).isTrue();
        assertThat(rating.get("channel").asString()).isEqualTo("BUTTON_BOX");
        assertThat(rating.get("ticketId").asString()).isEqualTo(served.getLast().id().toString());
        assertThat(rating.get("counter").asInt()).isEqualTo(1);
        assertThat(rating.get("officer").asString()).isEqualTo("canbo");
        assertThat(rating.get("counted").asBoolean()).isTrue();
        assertThat(rating.get("answers").isObject()).isTrue();
        assertThat(rating.get("reasons").isArray()).isTrue();
        assertThat(Instant.parse(rating.get("recordedAt").asString())).isEqualTo(unhappy.recordedAt());
        // A backlog rating with its answers and reasons.
        JsonNode withReasons = hub.stored.values().stream().filter(r -> r.path("reasons").size() == 2).findFirst()
                .orElseThrow();
        assertThat(withReasons.get("reasons").get(0).asString()).isEqualTo("LONG_WAIT");
        assertThat(withReasons.get("answers").get("C7_ATTITUDE").asInt()).isEqualTo(2);

        // New records go too, after the idle interval.
        queue.issueTicket("ho-tich", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting().isEmpty() && hub.stored.size() == 1_016);
    }

    @Test
    void aHubThatIsDownIsTriedAgainWithBackoffAndTheBacklogDrainsWhenItIsBack() throws Exception {
        hub.down();
        backlog(300);
        List<String> expected = waiting();
        start(fast());
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.status().lastError() != null);
        SyncStatus down = sync.status();
        assertThat(down.lastError()).contains("connect");
        assertThat(down.lastErrorAt()).isNotNull();
        assertThat(down.backlog()).isEqualTo(300);
        assertThat(down.lastSuccess()).isNull();
        Thread.sleep(500);
        assertThat(waiting()).hasSize(300);

        hub.up();
        awaitDrained();
        assertThat(hub.stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(hub.duplicates()).isEmpty();
        SyncStatus up = sync.status();
        assertThat(up.acknowledged()).isEqualTo(300);
        assertThat(up.lastSuccess()).isAfterOrEqualTo(up.lastErrorAt());
        assertThat(up.lastError()).contains("connect");
        assertThat(up.nextAttempt()).isNull();
    }

    @Test
    void aBatchAnswered500IsSentAgainAndTheHubKeepsEachRecordOnce() {
        hub.statusOfBatch = n -> n % 3 == 0 ? 500 : 200;
        backlog(1_000);
        List<String> expected = waiting();
        start(fast());
        awaitDrained();
        assertThat(hub.violations).isEmpty();
        assertThat(hub.stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        // The 500s came after the hub had stored the batch: the same records arrived again, and count once.
        assertThat(hub.duplicates()).isNotEmpty();
        assertThat(acknowledged()).isEqualTo(1_000);
        assertThat(sync.status().lastError()).startsWith("HTTP 500");
    }

    @Test
    void aHubSlowerThanTheTimeoutCountsAsAFailureAndTheBatchIsSentAgain() {
        hub.delay = Duration.ofSeconds(2);
        backlog(150);
        List<String> expected = waiting();
        start(properties(FakeHub.TOKEN, Duration.ofMillis(400), Duration.ofMillis(20), Duration.ofMillis(200),
                DataSize.ofMegabytes(20)));
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.status().lastError() != null);
        assertThat(sync.status().lastError()).contains("400 ms");
        assertThat(waiting()).hasSize(150);
        hub.delay = Duration.ZERO;
        awaitDrained();
        assertThat(hub.stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(acknowledged()).isEqualTo(150);
    }

    @Test
    void aRefusedBatchIsRecordedAndRetriedOnlyAtTheSlowestPace() throws Exception {
        backlog(10);
        start(properties("wrong-token", Duration.ofSeconds(5), Duration.ofMillis(10), Duration.ofMillis(700),
                DataSize.ofMegabytes(20)));
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.status().lastError() != null);
        Thread.sleep(1_200);
        // At 0, 0.7 s (and perhaps 1.4 s): never at the 10 ms a network failure would start with.
        assertThat(hub.batches.get()).isBetween(2, 3);
        SyncStatus status = sync.status();
        assertThat(status.lastError()).isEqualTo("HTTP 401: Mã truy cập không hợp lệ / Invalid token");
        assertThat(status.backlog()).isEqualTo(10);
        assertThat(status.nextAttempt()).isNotNull();
        assertThat(hub.stored).isEmpty();
        assertThat(acknowledged()).isZero();
    }

    @Test
    void aHubThatTakesSmallerBatchesGetsHalfBatchesAfterA413() {
        hub.statusOfBatch = n -> n == 1 ? 413 : 200;
        backlog(250);
        List<String> expected = waiting();
        start(fast());
        awaitDrained();
        assertThat(hub.stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(hub.batchSizes).containsExactly(50, 50, 50, 50, 50);
        assertThat(sync.status().lastError()).startsWith("HTTP 413").contains("batches of 50");
    }

    @Test
    void stoppedMidwayTheKioskGoesOnWhereItWasAfterARestart() {
        hub.delay = Duration.ofMillis(30);
        backlog(2_000);
        List<String> expected = waiting();
        start(fast());
        await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged() >= 300);
        sync.stop();
        int left = waiting().size();
        assertThat(left).isBetween(1, 1_700);
        hub.delay = Duration.ZERO;
        start(fast());
        awaitDrained();
        assertThat(hub.stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(acknowledged()).isEqualTo(2_000);
    }

    @Test
    void aNewCatalogueFromTheHubIsAppliedOnceAndABadOneLeavesTheCatalogueInUse() {
        long before = catalog.currentVersion().orElseThrow().version();
        hub.catalog = ONE_PROCEDURE.getBytes(StandardCharsets.UTF_8);
        hub.catalogEtag = "\"hub-7\"";
        start(fast());
        await().atMost(Duration.ofSeconds(10)).until(() -> "\"hub-7\"".equals(sync.status().catalogEtag()));
        assertThat(catalog.size()).isEqualTo(1);
        assertThat(catalog.currentVersion().orElseThrow().version()).isEqualTo(before + 1);
        assertThat(sync.status().catalogAppliedAt()).isNotNull();

        // Nothing new: 304, nothing imported.
        sync.syncNow();
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.catalogRequests.get() >= 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> sync.status().catalogCheckedAt() != null);
        assertThat(hub.ifNoneMatch.getLast()).isEqualTo("\"hub-7\"");
        assertThat(catalog.currentVersion().orElseThrow().version()).isEqualTo(before + 1);

        // A truncated download: refused, the error recorded, the catalogue and its ETag unchanged.
        byte[] demo = demoCatalogue();
        hub.catalog = java.util.Arrays.copyOf(demo, demo.length / 2);
        hub.catalogEtag = "\"hub-8\"";
        sync.syncNow();
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.status().catalogError() != null);
        SyncStatus status = sync.status();
        assertThat(status.catalogError()).contains("\"hub-8\"", "refused");
        assertThat(status.catalogEtag()).isEqualTo("\"hub-7\"");
        assertThat(catalog.size()).isEqualTo(1);
        assertThat(catalog.currentVersion().orElseThrow().version()).isEqualTo(before + 1);

        // The whole demo catalogue is fine.
        hub.catalog = demo;
        hub.catalogEtag = "\"hub-9\"";
        sync.syncNow();
        await().atMost(Duration.ofSeconds(10)).until(() -> "\"hub-9\"".equals(sync.status().catalogEtag()));
        assertThat(catalog.size()).isEqualTo(159);
    }

    @Test
    void aCatalogueLargerThanTheLimitIsNotDownloaded() {
        int size = catalog.size();
        long version = catalog.currentVersion().orElseThrow().version();
        hub.catalog = demoCatalogue();
        hub.catalogEtag = "\"big\"";
        start(properties(FakeHub.TOKEN, Duration.ofSeconds(5), Duration.ofMillis(20), Duration.ofMillis(200),
                DataSize.ofKilobytes(64)));
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.status().catalogError() != null);
        assertThat(sync.status().catalogError()).contains("too large");
        assertThat(catalog.size()).isEqualTo(size);
        assertThat(catalog.currentVersion().orElseThrow().version()).isEqualTo(version);
        assertThat(sync.status().catalogEtag()).isNotEqualTo("\"big\"");
    }

    private static byte[] demoCatalogue() {
        try (var in = SyncWorkerTest.class.getResourceAsStream("/catalog/demo-catalog.json")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
