package org.motcua.kiosk.hub;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.motcua.kiosk.hub.BatchReader.Batch;
import org.motcua.kiosk.hub.BatchReader.QueueEventRecord;
import org.motcua.kiosk.queue.QueueStatistics;
import org.motcua.kiosk.queue.TicketSummary;
import org.motcua.kiosk.survey.Criterion;
import org.motcua.kiosk.survey.Rating;

/**
 * Stores a batch in one transaction: its events and ratings by JDBC batch, each once by its UUID (a record already
 * there is a duplicate, not an error), then the summaries of the tickets that got a new event, each recomputed from
 * all the ticket's events on the hub (one read and one batch of upserts for the whole batch), then the kiosk's
 * figures. Rows go in id order, so two transactions carrying the same records never wait on each other in a circle.
 * PostgreSQL only: the hub's columns (V8_1) and ON CONFLICT. Counting relies on the driver's per-row batch counts:
 * do not set reWriteBatchedInserts on the hub's URL.
 */
@Component
@Profile("hub")
class BatchStore {

    /** How many records came, how many were new, how many the hub had already. */
    record Result(int received, int stored, int duplicates) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate transactions;
    private final HubRegistry registry;

    BatchStore(JdbcTemplate jdbc, JdbcClient client, TransactionTemplate transactions, HubRegistry registry) {
        this.jdbc = jdbc;
        this.client = client;
        this.transactions = transactions;
        this.registry = registry;
    }

    Result store(HubRegistry.Kiosk kiosk, Batch batch) {
        return transactions.execute(tx -> {
            List<QueueEventRecord> events = batch.events().stream()
                    .sorted(Comparator.comparing(QueueEventRecord::id)).toList();
            List<Rating> ratings = batch.ratings().stream().sorted(Comparator.comparing(Rating::id)).toList();
            int[] eventCounts = insertEvents(kiosk, events);
            int stored = 0;
            TreeSet<String> touched = new TreeSet<>();
            for (int i = 0; i < eventCounts.length; i++) {
                if (eventCounts[i] > 0) {
                    stored++;
                    touched.add(events.get(i).ticketId().toString());
                }
            }
            for (int c : insertRatings(kiosk, ratings)) {
                stored += c > 0 ? 1 : 0;
            }
            summarize(kiosk, touched);
            registry.batchAccepted(kiosk.id(), batch.size(), stored);
            return new Result(batch.size(), stored, batch.size() - stored);
        });
    }

    private int[] insertEvents(HubRegistry.Kiosk kiosk, List<QueueEventRecord> events) {
        if (events.isEmpty()) {
            return new int[0];
        }
        return jdbc.batchUpdate("""
                INSERT INTO ticket_event (id, ticket_id, event_type, happened_at, service_id, counter_num, officer,
                    detail, kiosk_id, office_code, ticket_day, ticket_display, priority, procedure_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        QueueEventRecord e = events.get(i);
                        ps.setString(1, e.id().toString());
                        ps.setString(2, e.ticketId().toString());
                        ps.setString(3, e.eventType());
                        ps.setTimestamp(4, Timestamp.from(e.happenedAt()));
                        ps.setString(5, e.serviceId());
                        integer(ps, 6, e.counter());
                        ps.setString(7, e.officer());
                        ps.setString(8, e.detail());
                        ps.setString(9, kiosk.id());
                        ps.setString(10, kiosk.officeCode());
                        ps.setDate(11, Date.valueOf(e.ticketDay()));
                        ps.setString(12, e.ticketDisplay());
                        ps.setString(13, e.priority() == null ? null : e.priority().name());
                        ps.setString(14, e.procedureCode());
                    }

                    @Override
                    public int getBatchSize() {
                        return events.size();
                    }
                });
    }

    private int[] insertRatings(HubRegistry.Kiosk kiosk, List<Rating> ratings) {
        if (ratings.isEmpty()) {
            return new int[0];
        }
        // As SurveyRepository.insert writes a kiosk's row, with where it came from.
        return jdbc.batchUpdate("""
                INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, ticket_id, ticket_display,
                    dossier_code, service_id, field, counter_num, officer, c1_time, c3_contacts, c4_agencies, c7_attitude,
                    reasons, comment_text, counted, flag, counted_ticket, counted_dossier, kiosk_id, office_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Rating r = ratings.get(i);
                        Map<Criterion, Integer> a = r.answers();
                        String ticket = r.ticketId() == null ? null : r.ticketId().toString();
                        ps.setString(1, r.id().toString());
                        ps.setTimestamp(2, Timestamp.from(r.recordedAt()));
                        ps.setString(3, r.channel().name());
                        ps.setInt(4, r.scaleSize());
                        ps.setInt(5, r.level());
                        ps.setBoolean(6, r.dissatisfied());
                        ps.setString(7, ticket);
                        ps.setString(8, r.ticketDisplay());
                        ps.setString(9, r.dossierCode());
                        ps.setString(10, r.serviceId());
                        ps.setString(11, r.field());
                        integer(ps, 12, r.counter());
                        ps.setString(13, r.officer());
                        integer(ps, 14, a.get(Criterion.C1_TIME));
                        integer(ps, 15, a.get(Criterion.C3_CONTACTS));
                        integer(ps, 16, a.get(Criterion.C4_AGENCIES));
                        integer(ps, 17, a.get(Criterion.C7_ATTITUDE));
                        ps.setString(18, r.reasons().isEmpty() ? null
                                : r.reasons().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
                        ps.setString(19, r.comment());
                        ps.setBoolean(20, r.counted());
                        ps.setString(21, r.flag() == null ? null : r.flag().name());
                        ps.setString(22, r.counted() ? ticket : null);
                        ps.setString(23, r.counted() ? r.dossierCode() : null);
                        ps.setString(24, kiosk.id());
                        ps.setString(25, kiosk.officeCode());
                    }

                    @Override
                    public int getBatchSize() {
                        return ratings.size();
                    }
                });
    }

    /** Each touched ticket's summary from all its events on the hub, as the queue folds them ({@link TicketSummary}). */
    private void summarize(HubRegistry.Kiosk kiosk, TreeSet<String> ticketIds) {
        if (ticketIds.isEmpty()) {
            return;
        }
        // One index lookup per ticket (ticket_event_ticket, V3) whatever the table's statistics say: with "ticket_id
        // = ANY (...)", or a join the planner may flatten, it scanned the whole table while its statistics lagged the
        // growing table (4.7 s a batch at 100,000 events; 1 ms so). OFFSET 0 keeps the lateral subquery a loop of
        // lookups; the array is cast to the column's type so that the index applies.
        List<QueueStatistics.Row> rows = client.sql("""
                SELECT e.ticket_id, e.event_type, e.happened_at, e.service_id, e.counter_num, e.officer
                FROM unnest(CAST(? AS CHAR(36)[])) AS t (id)
                CROSS JOIN LATERAL (SELECT * FROM ticket_event WHERE ticket_id = t.id OFFSET 0) e""")
                .param("{" + String.join(",", ticketIds) + "}")
                .query((rs, i) -> new QueueStatistics.Row(UUID.fromString(rs.getString(1).strip()), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6)))
                .list();
        List<TicketSummary> summaries = new ArrayList<>(TicketSummary.ofTickets(rows));
        summaries.sort(Comparator.comparing(s -> s.ticketId().toString()));
        jdbc.batchUpdate("""
                INSERT INTO ticket_summary (ticket_id, ticket_day, service_id, issued_at, first_called_at,
                    service_started_at, finished_at, no_show, last_counter, last_officer, wait_ms, service_ms,
                    service_spells, kiosk_id, office_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (ticket_id) DO UPDATE SET ticket_day = EXCLUDED.ticket_day,
                    service_id = EXCLUDED.service_id, issued_at = EXCLUDED.issued_at,
                    first_called_at = EXCLUDED.first_called_at, service_started_at = EXCLUDED.service_started_at,
                    finished_at = EXCLUDED.finished_at, no_show = EXCLUDED.no_show,
                    last_counter = EXCLUDED.last_counter, last_officer = EXCLUDED.last_officer,
                    wait_ms = EXCLUDED.wait_ms, service_ms = EXCLUDED.service_ms,
                    service_spells = EXCLUDED.service_spells, kiosk_id = EXCLUDED.kiosk_id,
                    office_code = EXCLUDED.office_code""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        TicketSummary s = summaries.get(i);
                        ps.setString(1, s.ticketId().toString());
                        ps.setDate(2, Date.valueOf(s.day()));
                        ps.setString(3, s.serviceId());
                        ps.setTimestamp(4, ts(s.issuedAt()));
                        ps.setTimestamp(5, ts(s.firstCalledAt()));
                        ps.setTimestamp(6, ts(s.serviceStartedAt()));
                        ps.setTimestamp(7, ts(s.finishedAt()));
                        ps.setBoolean(8, s.noShow());
                        integer(ps, 9, s.lastCounter());
                        ps.setString(10, s.lastOfficer());
                        if (s.waitMs() == null) {
                            ps.setNull(11, Types.BIGINT);
                        } else {
                            ps.setLong(11, s.waitMs());
                        }
                        ps.setLong(12, s.serviceMs());
                        ps.setInt(13, s.serviceSpells());
                        ps.setString(14, kiosk.id());
                        ps.setString(15, kiosk.officeCode());
                    }

                    @Override
                    public int getBatchSize() {
                        return summaries.size();
                    }
                });
    }

    private static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
