package org.motcua.kiosk.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import org.motcua.kiosk.base.Outbox;

/**
 * The outbox and the sync state in Derby (V8), and the records the outbox points at, read as the protocol sends them.
 * A batch is read with three queries whatever its size, and acknowledged with one delete per run of consecutive
 * sequence numbers (nearly always one), so a backlog drains at the speed of the hub.
 */
@Repository
class SyncStore {

    /** One outbox row. */
    record Waiting(long seq, Outbox.RecordType type, String id, Instant createdAt) {
    }

    /** The oldest rows of the outbox and the protocol records of those whose record exists, in the same order. */
    record Batch(List<Waiting> rows, List<Map<String, Object>> records) {
    }

    private static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SyncStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    // ------------------------------------------------------------------ the outbox

    /**
     * The oldest rows after sequence number {@code after} (0: from the start). While a backlog drains the worker
     * passes the last number it sent, so the index scan starts there instead of walking over the rows just deleted,
     * which Derby reclaims only later (over a 100,000-row backlog, that walk took most of the time).
     */
    Batch oldest(long after, int limit) {
        List<Waiting> rows = jdbc.sql("SELECT seq, record_type, record_id, created_at FROM sync_outbox WHERE seq > ?"
                        + " ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")
                .param(after)
                .query((rs, i) -> new Waiting(rs.getLong(1), Outbox.RecordType.of(rs.getString(2)),
                        rs.getString(3).strip(), rs.getTimestamp(4).toInstant()))
                .list();
        List<String> events = new ArrayList<>();
        List<String> ratings = new ArrayList<>();
        for (Waiting w : rows) {
            (w.type() == Outbox.RecordType.TICKET_EVENT ? events : ratings).add(w.id());
        }
        Map<String, Map<String, Object>> found = new HashMap<>(ticketEvents(events));
        found.putAll(ratings(ratings));
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (Waiting w : rows) {
            Map<String, Object> r = found.get(w.id());
            if (r != null) {
                records.add(r);
            }
        }
        return new Batch(rows, records);
    }

    private Map<String, Map<String, Object>> ticketEvents(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> out = new HashMap<>();
        jdbc.sql("""
                SELECT e.id, e.ticket_id, e.event_type, e.happened_at, e.service_id, e.counter_num, e.officer, e.detail,
                       t.ticket_day, t.display, t.priority, t.procedure_code
                FROM ticket_event e LEFT JOIN ticket t ON t.id = e.ticket_id WHERE e.id IN (""" + marks(ids.size()) + ")")
                .params(ids)
                .query((RowCallbackHandler) rs -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    String id = rs.getString(1).strip();
                    r.put("type", Outbox.RecordType.TICKET_EVENT.protocolName());
                    r.put("id", id);
                    r.put("ticketId", rs.getString(2).strip());
                    r.put("eventType", rs.getString(3));
                    r.put("happenedAt", instant(rs, 4));
                    r.put("serviceId", rs.getString(5));
                    r.put("counter", integer(rs, 6));
                    r.put("officer", rs.getString(7));
                    r.put("detail", rs.getString(8));
                    java.sql.Date day = rs.getDate(9);
                    r.put("ticketDay", day == null ? null : day.toLocalDate().toString());
                    r.put("ticketDisplay", rs.getString(10));
                    r.put("priority", rs.getString(11));
                    r.put("procedureCode", rs.getString(12));
                    out.put(id, r);
                });
        return out;
    }

    private Map<String, Map<String, Object>> ratings(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> out = new HashMap<>();
        jdbc.sql("""
                SELECT id, recorded_at, channel, scale_size, level, dissatisfied, ticket_id, ticket_display, dossier_code,
                       service_id, field, counter_num, officer, c1_time, c3_contacts, c4_agencies, c7_attitude, reasons,
                       comment_text, counted, flag
                FROM rating WHERE id IN (""" + marks(ids.size()) + ")")
                .params(ids)
                .query((RowCallbackHandler) rs -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    String id = rs.getString(1).strip();
                    r.put("type", Outbox.RecordType.RATING.protocolName());
                    r.put("id", id);
                    r.put("recordedAt", instant(rs, 2));
                    r.put("channel", rs.getString(3));
                    r.put("scaleSize", rs.getInt(4));
                    r.put("level", rs.getInt(5));
                    r.put("dissatisfied", rs.getBoolean(6));
                    String ticket = rs.getString(7);
                    r.put("ticketId", ticket == null ? null : ticket.strip());
                    r.put("ticketDisplay", rs.getString(8));
                    r.put("dossierCode", rs.getString(9));
                    r.put("serviceId", rs.getString(10));
                    r.put("field", rs.getString(11));
                    r.put("counter", integer(rs, 12));
                    r.put("officer", rs.getString(13));
                    Map<String, Integer> answers = new LinkedHashMap<>();
                    String[] criteria = {"C1_TIME", "C3_CONTACTS", "C4_AGENCIES", "C7_ATTITUDE"};
                    for (int c = 0; c < criteria.length; c++) {
                        Integer points = integer(rs, 14 + c);
                        if (points != null) {
                            answers.put(criteria[c], points);
                        }
                    }
                    r.put("answers", answers);
                    String reasons = rs.getString(18);
                    r.put("reasons", reasons == null || reasons.isBlank() ? List.of()
                            : Arrays.asList(reasons.split(",")));
                    r.put("comment", rs.getString(19));
                    r.put("counted", rs.getBoolean(20));
                    r.put("flag", rs.getString(21));
                    out.put(id, r);
                });
        return out;
    }

    /**
     * Forgets the rows of an acknowledged batch and counts them, in one transaction: the rows are deleted by runs of
     * consecutive sequence numbers, each a range, so that no row outside the batch (one committed late with a lower
     * number, say) can go.
     */
    void acknowledged(List<Waiting> rows, int records, Instant at) {
        List<Long> seqs = new ArrayList<>(rows.stream().map(Waiting::seq).toList());
        Collections.sort(seqs);
        transactions.executeWithoutResult(tx -> {
            int i = 0;
            while (i < seqs.size()) {
                int j = i;
                while (j + 1 < seqs.size() && seqs.get(j + 1) == seqs.get(j) + 1) {
                    j++;
                }
                jdbc.sql("DELETE FROM sync_outbox WHERE seq >= ? AND seq <= ?").params(seqs.get(i), seqs.get(j)).update();
                i = j + 1;
            }
            jdbc.sql("""
                    UPDATE sync_state SET acknowledged = acknowledged + ?, last_attempt_at = ?, last_success_at = ?
                    WHERE id = 1""")
                    .params(records, ts(at), ts(at)).update();
        });
    }

    /** Nothing was waiting when the worker looked: the kiosk is up to date. */
    void upToDate(Instant at) {
        jdbc.sql("UPDATE sync_state SET last_success_at = ? WHERE id = 1").param(ts(at)).update();
    }

    void failed(Instant at, String error) {
        jdbc.sql("UPDATE sync_state SET last_attempt_at = ?, last_error_at = ?, last_error = ? WHERE id = 1")
                .params(ts(at), ts(at), shorten(error)).update();
    }

    // ------------------------------------------------------------------ the catalogue

    Optional<String> catalogEtag() {
        return jdbc.sql("SELECT catalog_etag FROM sync_state WHERE id = 1").query(String.class).optional();
    }

    void catalogChecked(Instant at) {
        jdbc.sql("UPDATE sync_state SET catalog_checked_at = ? WHERE id = 1").param(ts(at)).update();
    }

    void catalogApplied(String etag, Instant at) {
        jdbc.sql("UPDATE sync_state SET catalog_etag = ?, catalog_applied_at = ?, catalog_checked_at = ? WHERE id = 1")
                .params(shorten(etag, 200), ts(at), ts(at)).update();
    }

    void catalogFailed(Instant at, String error) {
        jdbc.sql("UPDATE sync_state SET catalog_error_at = ?, catalog_error = ? WHERE id = 1")
                .params(ts(at), shorten(error)).update();
    }

    // ------------------------------------------------------------------ status

    SyncStatus status(SyncProperties properties, Instant nextAttempt) {
        long backlog = jdbc.sql("SELECT COUNT(*) FROM sync_outbox").query(Long.class).single();
        Instant oldest = jdbc.sql("SELECT created_at FROM sync_outbox ORDER BY seq FETCH FIRST 1 ROWS ONLY")
                .query((rs, i) -> rs.getTimestamp(1).toInstant()).optional().orElse(null);
        return jdbc.sql("""
                SELECT acknowledged, last_attempt_at, last_success_at, last_error_at, last_error, catalog_etag,
                       catalog_applied_at, catalog_checked_at, catalog_error_at, catalog_error FROM sync_state WHERE id = 1""")
                .query((rs, i) -> new SyncStatus(properties.configured(), properties.hubUrl(), properties.kioskId(),
                        backlog, oldest, rs.getLong(1), time(rs, 2), time(rs, 3), time(rs, 4), rs.getString(5),
                        nextAttempt, rs.getString(6), time(rs, 7), time(rs, 8), time(rs, 9), rs.getString(10)))
                .single();
    }

    // ------------------------------------------------------------------ helpers

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static String instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().toString();
    }

    private static Instant time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String shorten(String text) {
        return shorten(text, MAX_TEXT);
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
