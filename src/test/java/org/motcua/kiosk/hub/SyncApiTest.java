package org.motcua.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.kiosk.hub.SyncBatches.batch;
import static org.motcua.kiosk.hub.SyncBatches.json;
import static org.motcua.kiosk.hub.SyncBatches.rating;
import static org.motcua.kiosk.hub.SyncBatches.servedTicket;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.support.HubHarness;
import org.motcua.kiosk.support.HubSeed;
import org.motcua.kiosk.support.PostgresCluster;

import tools.jackson.databind.JsonNode;

/**
 * Kiosks send batches to a real hub on PostgreSQL over HTTP: stored once by UUID, a batch sent twice changes nothing,
 * and every caller mistake is the right 4xx with its reason in both languages and nothing stored.
 */
class SyncApiTest extends HubHarness {

    @Autowired
    HubRegistry registry;
    @Autowired
    JdbcClient jdbc;

    SyncBatches hub;
    String office;
    String kiosk;
    String token;

    @BeforeEach
    void aKioskWithItsToken() {
        hub = new SyncBatches(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        office = "office-" + suffix;
        kiosk = "kiosk-" + suffix;
        registry.addOffice(office, "Phường Mẫu " + suffix);
        registry.addKiosk(kiosk, office, "Ki-ốt sảnh");
        token = registry.issueToken(kiosk);
    }

    @Test
    void aValidBatchIsStoredAndTheSameBatchAgainChangesNothing() {
        Instant nine = Instant.parse("2026-11-20T02:00:00Z");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Map<String, Object>> records = new ArrayList<>();
        records.addAll(servedTicket(first, nine, 12, 5, "ho-tich", 1, "A001"));
        records.addAll(servedTicket(second, nine.plusSeconds(60), 20, 8, "ho-tich", 2, "A002"));
        records.add(rating(nine.plusSeconds(3600), 1, true));
        records.add(rating(nine.plusSeconds(3700), 3, true));
        String body = batch(kiosk, records);

        HttpResponse<String> answer = hub.postJson(token, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode counts = json(answer);
        assertThat(counts.get("received").intValue()).isEqualTo(10);
        assertThat(counts.get("stored").intValue()).isEqualTo(10);
        assertThat(counts.get("duplicates").intValue()).isEqualTo(0);
        assertThat(count("ticket_event")).isEqualTo(8);
        assertThat(count("rating")).isEqualTo(2);
        // Every stored row says where it came from; the events carry their ticket's number and day.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_event WHERE kiosk_id = ? AND office_code = ?"
                        + " AND ticket_day = DATE '2026-11-20' AND ticket_display IN ('A001', 'A002')")
                .params(kiosk, office).query(Integer.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT reasons FROM rating WHERE kiosk_id = ? AND level = 3").param(kiosk)
                .query(String.class).single()).isEqualTo("LONG_WAIT");
        // The queue's summaries of the two tickets, as the queue folds the events.
        assertThat(jdbc.sql("""
                        SELECT wait_ms, service_ms, service_spells, last_counter, office_code FROM ticket_summary
                        WHERE kiosk_id = ? ORDER BY wait_ms""").param(kiosk)
                .query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list()).containsExactly(List.of(12 * 60_000L, 5 * 60_000L, 1, 1, office),
                List.of(20 * 60_000L, 8 * 60_000L, 1, 2, office));
        String before = contents();

        HttpResponse<String> again = hub.postJson(token, body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("stored").intValue()).isEqualTo(0);
        assertThat(json(again).get("duplicates").intValue()).isEqualTo(10);
        assertThat(contents()).isEqualTo(before);

        HubRegistry.Kiosk seen = registry.kiosk(kiosk).orElseThrow();
        assertThat(seen.recordsReceived()).isEqualTo(20);
        assertThat(seen.recordsStored()).isEqualTo(10);
        assertThat(seen.lastBatchAt()).isNotNull();
        assertThat(seen.lastSeenAt()).isNotNull();
    }

    @Test
    void eventsOfATicketInLaterBatchesAreSummarisedFromAllItsEvents() {
        UUID ticket = UUID.randomUUID();
        List<Map<String, Object>> day = servedTicket(ticket, Instant.parse("2026-11-20T03:00:00Z"), 7, 4, "dat-dai",
                3, "B007");
        assertThat(hub.postJson(token, batch(kiosk, day.subList(0, 2))).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT finished_at IS NULL FROM ticket_summary WHERE ticket_id = ?")
                .param(ticket.toString()).query(Boolean.class).single()).isTrue();
        assertThat(hub.postJson(token, batch(kiosk, day.subList(2, 4))).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT wait_ms, service_ms, finished_at IS NOT NULL FROM ticket_summary WHERE ticket_id = ?")
                .param(ticket.toString()).query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .single()).isEqualTo(List.of(7 * 60_000L, 4 * 60_000L, true));
    }

    @Test
    void aKioskRegisteredInTheDatabaseByATestSendsWithItsToken() {
        String url = jdbc.sql("SELECT current_database()").query(String.class).single();
        String id = "seeded-" + kiosk;
        HubSeed.kiosk(PostgresCluster.get().url(url), office, id, "a token of the test's choosing");
        HttpResponse<String> answer = hub.postJson("a token of the test's choosing",
                batch(id, List.of(rating(Instant.parse("2026-11-20T04:00:00Z"), 1, true))));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(registry.kiosk(id).orElseThrow().tokenState()).isEqualTo(HubRegistry.TokenState.ACTIVE);
    }

    // ------------------------------------------------------------------ refusals: the right 4xx, nothing stored

    @Test
    void malformedJsonIs400() {
        refused(hub.postJson(token, "{\"kioskId\": \"" + kiosk + "\", \"records\": [ {"), 400);
        refused(hub.postJson(token, "[]"), 400);
        refused(hub.postJson(token, ""), 400);
        refused(hub.postJson(token, batch(kiosk, List.of(rating(Instant.now(), 1, true))) + " {}"), 400);
        // A name twice in one object is not read "the last one wins".
        refused(hub.postJson(token, "{\"kioskId\": \"a\", \"kioskId\": \"b\", \"records\": []}"), 400);
        refused(hub.post(token, "application/json", HttpRequest.BodyPublishers.ofByteArray(
                new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'})), 400);
    }

    @Test
    void wrongTypesUnknownAndMissingFieldsAndInvalidValuesAre400WithEachProblem() {
        problem(r -> r.put("level", "1"), "level");
        problem(r -> r.put("level", 1.5), "level");
        problem(r -> r.put("counted", "yes"), "counted");
        problem(r -> r.put("counter", List.of(1)), "counter");
        problem(r -> r.put("answers", List.of()), "answers");
        problem(r -> r.put("mood", "good"), "mood");
        problem(r -> r.remove("recordedAt"), "recordedAt");
        problem(r -> r.remove("id"), "id");
        problem(r -> r.put("dissatisfied", null), "dissatisfied");
        problem(r -> r.put("channel", "FAX"), "channel");
        problem(r -> r.put("level", 4), "level");
        problem(r -> r.put("level", 0), "level");
        problem(r -> {
            r.put("scaleSize", 5);
            r.put("level", 6);
        }, "level");
        problem(r -> r.put("scaleSize", 7), "scaleSize");
        problem(r -> r.put("id", "not-a-uuid"), "id");
        problem(r -> r.put("recordedAt", "21/11/2026 09:00"), "recordedAt");
        problem(r -> r.put("recordedAt", "+20000-01-01T00:00:00Z"), "recordedAt");
        problem(r -> r.put("answers", Map.of("C2_FEES", 1)), "answers.C2_FEES");
        problem(r -> r.put("answers", Map.of("C1_TIME", 3)), "answers.C1_TIME");
        problem(r -> r.put("reasons", List.of("TOO_HOT")), "reasons");
        problem(r -> r.put("flag", "ALREADY_RATED"), "counted");
        problem(r -> r.put("officer", "x".repeat(41)), "officer");
        problem(r -> r.put("comment", "a\u0000b"), "comment");
        // half of a UTF-16 pair: PostgreSQL stored it as "?"
        problem(r -> r.put("comment", "rất tốt \ud83d"), "comment");
        problem(r -> r.put("officer", "\udc00canbo"), "officer");
        // "không hài lòng" on a best level, and the other way round: the office's count would be wrong
        problem(r -> r.put("dissatisfied", true), "dissatisfied");
        problem(r -> {
            r.put("level", 3);
            r.put("dissatisfied", false);
        }, "dissatisfied");
        problem(r -> {
            r.put("scaleSize", 5);
            r.put("level", 4);
            r.put("dissatisfied", false);
        }, "dissatisfied");
        problem(r -> r.put("type", "complaint"), "type");

        Map<String, Object> event = SyncBatches.event(UUID.randomUUID(), "EATEN", Instant.now(), "ho-tich", 1, "A001");
        assertProblem(hub.postJson(token, batch(kiosk, List.of(event))), 1, "eventType");
        event = SyncBatches.event(UUID.randomUUID(), "ISSUED", Instant.now(), "ho-tich", null, "A001");
        event.put("ticketDay", "2026-02-30");
        assertProblem(hub.postJson(token, batch(kiosk, List.of(event))), 1, "ticketDay");
        event = SyncBatches.event(UUID.randomUUID(), "ISSUED", Instant.now(), "ho-tich", null, "A001");
        event.put("priority", "VIP");
        assertProblem(hub.postJson(token, batch(kiosk, List.of(event))), 1, "priority");
        event = SyncBatches.event(UUID.randomUUID(), "ISSUED", Instant.now(), "ho-tich", null, "A001");
        event.remove("ticketDisplay");
        assertProblem(hub.postJson(token, batch(kiosk, List.of(event))), 1, "ticketDisplay");

        // The batch itself: no records, an unknown field, a missing batchId.
        assertProblem(hub.postJson(token, batch(kiosk, List.of())), 0, "records");
        assertProblem(hub.postJson(token, "{\"kioskId\":\"" + kiosk + "\",\"batchId\":\"" + UUID.randomUUID()
                + "\",\"records\":[],\"priority\":1}"), 0, "priority");
        assertProblem(hub.postJson(token, "{\"kioskId\":\"" + kiosk + "\",\"records\":[{}]}"), 0, "batchId");
    }

    @Test
    void oneBadRecordAmongGoodOnesStoresNone() {
        List<Map<String, Object>> records = new ArrayList<>(
                servedTicket(UUID.randomUUID(), Instant.parse("2026-11-20T02:00:00Z"), 3, 3, "ho-tich", 1, "A003"));
        for (int i = 0; i < 20; i++) {
            records.add(rating(Instant.parse("2026-11-20T04:00:00Z").plusSeconds(i), 1, true));
        }
        records.get(17).put("level", 9);
        assertProblem(hub.postJson(token, batch(kiosk, records)), 18, "level");
    }

    @Test
    void tooManyRecordsOrBytesIs413() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            records.add(rating(Instant.parse("2026-11-20T04:00:00Z").plusSeconds(i), 1, true));
        }
        refused(hub.postJson(token, batch(kiosk, records)), 413);
        // 1,000 is allowed
        assertThat(hub.postJson(token, batch(kiosk, records.subList(0, 1000))).statusCode()).isEqualTo(200);
        jdbc.sql("DELETE FROM rating WHERE kiosk_id = ?").param(kiosk).update();

        String small = batch(kiosk, List.of(rating(Instant.now(), 1, true)));
        String padded = small.substring(0, small.length() - 1) + " ".repeat(4 * 1024 * 1024) + "}";
        refused(hub.postJson(token, padded), 413);
        // Sent in chunks, without a length: counted while read.
        refused(hub.post(token, "application/json", HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(padded.getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                413);
    }

    @Test
    void noUnknownOrRevokedTokenIs401() {
        String body = batch(kiosk, List.of(rating(Instant.now(), 1, true)));
        refused(hub.postJson(null, body), 401);
        refused(hub.postJson("not-a-token", body), 401);
        refused(hub.post("Basic " + token, "application/json", body), 401);
        String old = token;
        token = registry.issueToken(kiosk);
        refused(hub.postJson(old, body), 401);
        registry.revoke(kiosk);
        HttpResponse<String> revoked = hub.postJson(token, body);
        refused(revoked, 401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(registry.kiosk(kiosk).orElseThrow().tokenState()).isEqualTo(HubRegistry.TokenState.REVOKED);
        // A new token works again.
        token = registry.issueToken(kiosk);
        assertThat(hub.postJson(token, body).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenOfAnotherKioskIs403() {
        String other = "other-" + kiosk;
        registry.addKiosk(other, office, "Ki-ốt quầy");
        String otherToken = registry.issueToken(other);
        refused(hub.postJson(otherToken, batch(kiosk, List.of(rating(Instant.now(), 1, true)))), 403);
        // Even when the batch has problems of its own, sending as another kiosk is what it is.
        Map<String, Object> bad = rating(Instant.now(), 1, true);
        bad.put("level", "x");
        refused(hub.postJson(otherToken, batch(kiosk, List.of(bad))), 403);
        refused(hub.postJson(otherToken, batch("no-such-kiosk", List.of(rating(Instant.now(), 1, true)))), 403);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        String body = batch(kiosk, List.of(rating(Instant.now(), 1, true)));
        refused(hub.post(token, "text/plain", body), 415);
        refused(hub.post(token, null, body), 415);
        refused(hub.post(token, "application/x-www-form-urlencoded", "kioskId=" + kiosk), 415);
        refused(hub.post(token, "application/json; charset=ISO-8859-1", body), 415);
        refused(hub.post(token, "application/json; charset=nonsense", body), 415);
        refused(hub.post(token, "not a type", body), 415);
        assertThat(hub.post(token, "application/json; charset=utf-8", body).statusCode()).isEqualTo(200);
    }

    @Test
    void fiftyKiosksSendingAtOnceAreAllStoredExactly() throws Exception {
        List<String> tokens = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            ids.add(kiosk + "-" + k);
            registry.addKiosk(ids.get(k), office, "Ki-ốt " + k);
            tokens.add(registry.issueToken(ids.get(k)));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            List<Future<List<Integer>>> sent = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                int n = k;
                sent.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int b = 0; b < 2; b++) {
                        List<Map<String, Object>> records = new ArrayList<>();
                        for (int t = 0; t < 25; t++) {
                            records.addAll(servedTicket(UUID.randomUUID(),
                                    Instant.parse("2026-11-19T01:00:00Z").plusSeconds(600L * t), t % 9, 4, "ho-tich",
                                    1 + t % 5, "A" + (100 + t)));
                            records.add(rating(Instant.parse("2026-11-19T05:00:00Z").plusSeconds(t), 1 + t % 3, true));
                        }
                        String body = batch(ids.get(n), records);
                        statuses.add(hub.postJson(tokens.get(n), body).statusCode());
                        // Sent twice, as after a lost acknowledgement.
                        statuses.add(hub.postJson(tokens.get(n), body).statusCode());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> f : sent) {
                assertThat(f.get()).containsOnly(200);
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_event WHERE office_code = ?").param(office)
                .query(Integer.class).single()).isEqualTo(50 * 2 * 25 * 4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE office_code = ?").param(office)
                .query(Integer.class).single()).isEqualTo(50 * 2 * 25);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_summary WHERE office_code = ? AND finished_at IS NOT NULL")
                .param(office).query(Integer.class).single()).isEqualTo(50 * 2 * 25);
        assertThat(registry.kiosks()).filteredOn(k -> k.officeCode().equals(office) && k.id().contains("-"))
                .filteredOn(k -> ids.contains(k.id()))
                .allSatisfy(k -> assertThat(k.recordsStored()).isEqualTo(250));
    }

    // ------------------------------------------------------------------ helpers

    /** A 4xx with both messages, and not one row more anywhere. */
    private void refused(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode body = json(answer);
        assertThat(body.get("messageVi").stringValue()).isNotBlank();
        assertThat(body.get("messageEn").stringValue()).isNotBlank();
        assertThat(count("ticket_event") + count("rating")).isZero();
    }

    private void problem(Consumer<Map<String, Object>> breakIt, String field) {
        Map<String, Object> r = new LinkedHashMap<>(rating(Instant.parse("2026-11-20T04:00:00Z"), 1, true));
        breakIt.accept(r);
        assertProblem(hub.postJson(token, batch(kiosk, List.of(rating(Instant.parse("2026-11-20T03:00:00Z"), 2, true),
                r))), 2, field);
    }

    private void assertProblem(HttpResponse<String> answer, int record, String field) {
        refused(answer, 400);
        JsonNode problems = json(answer).get("problems");
        assertThat(problems.isArray()).isTrue();
        assertThat(problems.valueStream().anyMatch(p -> p.get("record").intValue() == record
                && field.equals(p.get("field").stringValue()) && !p.get("reason").stringValue().isBlank()))
                .as("problem with %s of record %d in %s", field, record, answer.body()).isTrue();
    }

    /** This kiosk's rows in a table. */
    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE kiosk_id = ?").param(kiosk)
                .query(Integer.class).single();
    }

    /** Everything the hub holds of this kiosk's records, as text. */
    private String contents() {
        return jdbc.sql("""
                SELECT (SELECT string_agg(e::text, '|' ORDER BY id) FROM ticket_event e WHERE kiosk_id = ?)
                    || (SELECT string_agg(r::text, '|' ORDER BY id) FROM rating r WHERE kiosk_id = ?)
                    || (SELECT string_agg(s::text, '|' ORDER BY ticket_id) FROM ticket_summary s WHERE kiosk_id = ?)""")
                .params(kiosk, kiosk, kiosk).query(String.class).single();
    }
}
