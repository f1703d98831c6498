package org.motcua.kiosk.queue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.motcua.kiosk.base.Outbox;

/** The queue's tables, in plain SQL; callers hold the transactions. */
@Repository
class QueueRepository {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    QueueRepository(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    // ------------------------------------------------------------------ configuration

    List<ServiceType> services() {
        return jdbc.sql("""
                SELECT id, prefix, name, name_en, fields, hours, days, daily_limit, first_number, last_number,
                       sort_order, active FROM queue_service ORDER BY sort_order, prefix""")
                .query((rs, i) -> service(rs)).list();
    }

    Optional<ServiceType> service(String id) {
        return jdbc.sql("""
                SELECT id, prefix, name, name_en, fields, hours, days, daily_limit, first_number, last_number,
                       sort_order, active FROM queue_service WHERE id = ?""")
                .param(id).query((rs, i) -> service(rs)).optional();
    }

    void saveService(ServiceType s) {
        int updated = jdbc.sql("""
                UPDATE queue_service SET prefix = ?, name = ?, name_en = ?, fields = ?, hours = ?, days = ?,
                       daily_limit = ?, first_number = ?, last_number = ?, sort_order = ?, active = ? WHERE id = ?""")
                .params(s.prefix(), s.name(), s.nameEn(), String.join("|", s.fields()), s.hours().hoursText(),
                        s.hours().daysText(), s.dailyLimit(), s.firstNumber(), s.lastNumber(), s.sortOrder(),
                        s.active(), s.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO queue_service (id, prefix, name, name_en, fields, hours, days, daily_limit,
                           first_number, last_number, sort_order, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.id(), s.prefix(), s.name(), s.nameEn(), String.join("|", s.fields()),
                            s.hours().hoursText(), s.hours().daysText(), s.dailyLimit(), s.firstNumber(),
                            s.lastNumber(), s.sortOrder(), s.active())
                    .update();
        }
    }

    List<Counter> counters() {
        Map<Integer, Set<String>> serves = jdbc.sql("SELECT counter_num, service_id FROM counter_serves")
                .query((rs, i) -> Map.entry(rs.getInt(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return jdbc.sql("SELECT num, name, active FROM service_counter ORDER BY num")
                .query((rs, i) -> new Counter(rs.getInt(1), rs.getString(2), rs.getBoolean(3),
                        serves.getOrDefault(rs.getInt(1), Set.of())))
                .list();
    }

    Optional<Counter> counter(int number) {
        return counters().stream().filter(c -> c.number() == number).findFirst();
    }

    void saveCounter(Counter c) {
        int updated = jdbc.sql("UPDATE service_counter SET name = ?, active = ? WHERE num = ?")
                .params(c.name(), c.active(), c.number()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO service_counter (num, name, active) VALUES (?, ?, ?)")
                    .params(c.number(), c.name(), c.active()).update();
        }
        jdbc.sql("DELETE FROM counter_serves WHERE counter_num = ?").param(c.number()).update();
        for (String serviceId : c.serviceIds()) {
            jdbc.sql("INSERT INTO counter_serves (counter_num, service_id) VALUES (?, ?)")
                    .params(c.number(), serviceId).update();
        }
    }

    OrderingPolicy policy() {
        return jdbc.sql("""
                SELECT policy, interleave_every, max_wait_minutes, default_service_minutes FROM queue_settings
                WHERE id = 1""")
                .query((rs, i) -> new OrderingPolicy(OrderingPolicy.Mode.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3), rs.getInt(4)))
                .optional().orElse(OrderingPolicy.standard());
    }

    void savePolicy(OrderingPolicy p) {
        int updated = jdbc.sql("""
                UPDATE queue_settings SET policy = ?, interleave_every = ?, max_wait_minutes = ?,
                       default_service_minutes = ? WHERE id = 1""")
                .params(p.mode().name(), p.interleaveEvery(), p.maxWaitMinutes(), p.defaultServiceMinutes()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO queue_settings (id, policy, interleave_every, max_wait_minutes, default_service_minutes)
                    VALUES (1, ?, ?, ?, ?)""")
                    .params(p.mode().name(), p.interleaveEvery(), p.maxWaitMinutes(), p.defaultServiceMinutes())
                    .update();
        }
    }

    int normalSincePriority(int counter) {
        return jdbc.sql("SELECT normal_since_priority FROM service_counter WHERE num = ?").param(counter)
                .query(Integer.class).single();
    }

    void setNormalSincePriority(int counter, int value) {
        jdbc.sql("UPDATE service_counter SET normal_since_priority = ? WHERE num = ?").params(value, counter).update();
    }

    // ------------------------------------------------------------------ numbering

    /** The day's sequence row for a service, locked for this transaction; created at the range's start. */
    int[] lockSequence(String serviceId, LocalDate day, int firstNumber) {
        // Updating first takes the row lock, so two kiosks issuing at once are serialised here.
        int touched = jdbc.sql("UPDATE ticket_sequence SET issued = issued WHERE service_id = ? AND ticket_day = ?")
                .params(serviceId, Date.valueOf(day)).update();
        if (touched == 0) {
            jdbc.sql("INSERT INTO ticket_sequence (service_id, ticket_day, last_value, issued) VALUES (?, ?, ?, 0)")
                    .params(serviceId, Date.valueOf(day), firstNumber - 1).update();
        }
        return jdbc.sql("SELECT last_value, issued FROM ticket_sequence WHERE service_id = ? AND ticket_day = ?")
                .params(serviceId, Date.valueOf(day))
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    void advanceSequence(String serviceId, LocalDate day, int lastValue) {
        jdbc.sql("UPDATE ticket_sequence SET last_value = ?, issued = issued + 1 WHERE service_id = ? AND ticket_day = ?")
                .params(lastValue, serviceId, Date.valueOf(day)).update();
    }

    Set<String> liveDisplays(String serviceId, LocalDate day) {
        return new HashSet<>(jdbc.sql("""
                SELECT display FROM ticket WHERE service_id = ? AND ticket_day = ?
                AND ticket_state IN ('WAITING', 'CALLED', 'SERVING')""")
                .params(serviceId, Date.valueOf(day)).query(String.class).list());
    }

    // ------------------------------------------------------------------ tickets

    private static final String TICKET_COLUMNS = """
            id, seq, ticket_day, service_id, display, priority, procedure_code, ticket_state, issued_at, queued_at,
            counter_num, officer, target_counter, return_counter, called_at, call_count""";
    private static final String SELECT_TICKET = "SELECT " + TICKET_COLUMNS + " FROM ticket ";

    void insert(Ticket t) {
        jdbc.sql("INSERT INTO ticket (" + TICKET_COLUMNS.replace("id, seq,", "id,")
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(t.id().toString(), Date.valueOf(t.day()), t.serviceId(), t.display(),
                        t.priority() == null ? null : t.priority().name(), t.procedureCode(), t.state().name(),
                        ts(t.issuedAt()), ts(t.queuedAt()), t.counter(), t.officer(), t.targetCounter(),
                        t.returnCounter(), ts(t.calledAt()), t.callCount())
                .update();
    }

    Optional<Ticket> ticket(UUID id) {
        return jdbc.sql(SELECT_TICKET + "WHERE id = ?").param(id.toString())
                .query((rs, i) -> ticket(rs)).optional();
    }

    /** Today's ticket with that number that is still waiting or at a counter, if any. */
    Optional<Ticket> liveTicket(LocalDate day, String display) {
        return jdbc.sql(SELECT_TICKET + """
                WHERE ticket_day = ? AND display = ? AND ticket_state IN ('WAITING', 'CALLED', 'SERVING')""")
                .params(Date.valueOf(day), display).query((rs, i) -> ticket(rs)).optional();
    }

    Optional<Ticket> latestWithDisplay(String display) {
        return jdbc.sql(SELECT_TICKET + "WHERE display = ? ORDER BY issued_at DESC FETCH FIRST 1 ROWS ONLY")
                .param(display).query((rs, i) -> ticket(rs)).optional();
    }

    /** The ticket called to or served at a counter today. */
    Optional<Ticket> atCounter(LocalDate day, int counter) {
        return jdbc.sql(SELECT_TICKET + """
                WHERE ticket_day = ? AND counter_num = ? AND ticket_state IN ('CALLED', 'SERVING')""")
                .params(Date.valueOf(day), counter).query((rs, i) -> ticket(rs)).optional();
    }

    /** Waiting tickets of the day, oldest in the queue first. */
    List<Ticket> waiting(LocalDate day) {
        return jdbc.sql(SELECT_TICKET + """
                WHERE ticket_day = ? AND ticket_state = 'WAITING' ORDER BY queued_at, seq""")
                .param(Date.valueOf(day)).query((rs, i) -> ticket(rs)).list();
    }

    List<Ticket> atCounters(LocalDate day) {
        return jdbc.sql(SELECT_TICKET + """
                WHERE ticket_day = ? AND ticket_state IN ('CALLED', 'SERVING') ORDER BY counter_num""")
                .param(Date.valueOf(day)).query((rs, i) -> ticket(rs)).list();
    }

    /** Moves a ticket from one state to another only if it is still in the expected one; false if someone was first. */
    boolean moveIf(UUID id, TicketState expected, TicketState next, Integer counter, String officer, Instant calledAt,
                   int callCountDelta) {
        return jdbc.sql("""
                UPDATE ticket SET ticket_state = ?, counter_num = ?, officer = ?,
                       called_at = COALESCE(?, called_at), call_count = call_count + ?
                WHERE id = ? AND ticket_state = ?""")
                .params(next.name(), counter, officer, ts(calledAt), callCountDelta, id.toString(), expected.name())
                .update() == 1;
    }

    /** Back into the waiting list, to a service or a counter, remembering where it should return to. */
    boolean requeue(UUID id, TicketState expected, String serviceId, Integer targetCounter, Integer returnCounter,
                    Instant queuedAt) {
        return jdbc.sql("""
                UPDATE ticket SET ticket_state = 'WAITING', service_id = ?, target_counter = ?, return_counter = ?,
                       queued_at = ?, counter_num = NULL, officer = NULL
                WHERE id = ? AND ticket_state = ?""")
                .params(serviceId, targetCounter, returnCounter, ts(queuedAt), id.toString(), expected.name())
                .update() == 1;
    }

    int countIssued(String serviceId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM ticket WHERE service_id = ? AND ticket_day = ?")
                .params(serviceId, Date.valueOf(day)).query(Integer.class).single();
    }

    // ------------------------------------------------------------------ events

    /** Writes the event, its outbox row to the hub and the ticket's summary; the caller holds the transaction. */
    /** The newest queue event's time (the index on happened_at answers it). */
    Optional<Instant> lastEventAt() {
        return jdbc.sql("SELECT MAX(happened_at) FROM ticket_event").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    void event(UUID ticketId, String type, Instant at, String serviceId, Integer counter, String officer, String detail) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ticket_event (id, ticket_id, event_type, happened_at, service_id, counter_num, officer, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.toString(), ticketId.toString(), type, ts(at), serviceId, counter, officer, detail)
                .update();
        outbox.add(Outbox.RecordType.TICKET_EVENT, id);
        summarize(ticketId, type, at, serviceId, counter, officer);
    }

    // ------------------------------------------------------------------ summaries (V7)

    private static final String SUMMARY_COLUMNS = """
            ticket_id, ticket_day, service_id, issued_at, first_called_at, service_started_at, finished_at, no_show,
            last_counter, last_officer, wait_ms, service_ms, service_spells""";

    /** Moves the ticket's summary on by the event just written, in the same transaction. */
    private void summarize(UUID ticketId, String type, Instant at, String serviceId, Integer counter, String officer) {
        Optional<TicketSummary> existing = summary(ticketId);
        if (existing.isEmpty()) {
            // Its ISSUED event, or a ticket the backfill did not see: made from all its events, this one included.
            TicketSummary s = "ISSUED".equals(type) ? TicketSummary.issued(ticketId, at, serviceId)
                    : TicketSummary.of(ticketEvents(ticketId));
            jdbc.sql("INSERT INTO ticket_summary (" + SUMMARY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(summaryValues(s)).update();
            return;
        }
        TicketSummary s = existing.get();
        s.apply(type, at, counter, officer);
        jdbc.sql("""
                UPDATE ticket_summary SET first_called_at = ?, service_started_at = ?, finished_at = ?, no_show = ?,
                       last_counter = ?, last_officer = ?, wait_ms = ?, service_ms = ?, service_spells = ?
                WHERE ticket_id = ?""")
                .params(ts(s.firstCalledAt()), ts(s.serviceStartedAt()), ts(s.finishedAt()), s.noShow(),
                        s.lastCounter(), s.lastOfficer(), s.waitMs(), s.serviceMs(), s.serviceSpells(),
                        ticketId.toString())
                .update();
    }

    static Object[] summaryValues(TicketSummary s) {
        return new Object[] {s.ticketId().toString(), Date.valueOf(s.day()), s.serviceId(), ts(s.issuedAt()),
                ts(s.firstCalledAt()), ts(s.serviceStartedAt()), ts(s.finishedAt()), s.noShow(), s.lastCounter(),
                s.lastOfficer(), s.waitMs(), s.serviceMs(), s.serviceSpells()};
    }

    Optional<TicketSummary> summary(UUID ticketId) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM ticket_summary WHERE ticket_id = ?")
                .param(ticketId.toString())
                .query((rs, i) -> new TicketSummary(UUID.fromString(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getString(3), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getBoolean(8),
                        (Integer) rs.getObject(9), rs.getString(10), (Long) rs.getObject(11), rs.getLong(12),
                        rs.getInt(13)))
                .optional();
    }

    private List<QueueStatistics.Row> ticketEvents(UUID ticketId) {
        return jdbc.sql("""
                SELECT ticket_id, event_type, happened_at, service_id, counter_num, officer FROM ticket_event
                WHERE ticket_id = ? ORDER BY happened_at""")
                .param(ticketId.toString())
                .query((rs, i) -> new QueueStatistics.Row(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6)))
                .list();
    }

    /**
     * The summaries of the tickets issued in [from, to), as the report reads them, one by one: from the index
     * ticket_summary_report alone (V7); of one office when {@code officeCode} is not null (the hub).
     */
    void summaries(Instant from, Instant to, String officeCode, java.util.function.Consumer<TicketSummary.Line> each) {
        // office_code exists on the hub only (its migration V8_1): named only when an office is asked for.
        summaries(from, to, officeCode, false, (office, line) -> each.accept(line));
    }

    /**
     * The same with each ticket's office, of all offices or of one (the hub only: office_code is its column); read
     * from the hub's index ticket_summary_report_offices alone (V8_2).
     */
    void summariesWithOffice(Instant from, Instant to, String officeCode,
                             java.util.function.BiConsumer<String, TicketSummary.Line> each) {
        summaries(from, to, officeCode, true, each);
    }

    private void summaries(Instant from, Instant to, String officeCode, boolean withOffice,
                           java.util.function.BiConsumer<String, TicketSummary.Line> each) {
        jdbc.sql("""
                SELECT ticket_day, service_id, last_counter, last_officer, wait_ms, service_ms, service_spells, no_show,
                       finished_at""" + (withOffice ? ", office_code" : "")
                        + " FROM ticket_summary WHERE issued_at >= ? AND issued_at < ?"
                        + (officeCode == null ? "" : " AND office_code = ?"))
                .params(officeCode == null ? List.of(ts(from), ts(to)) : List.of(ts(from), ts(to), officeCode))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    int counter = rs.getInt(3);
                    Integer lastCounter = rs.wasNull() ? null : counter;
                    long wait = rs.getLong(5);
                    Long waitMs = rs.wasNull() ? null : wait;
                    each.accept(withOffice ? rs.getString(10) : null,
                            new TicketSummary.Line(rs.getDate(1).toLocalDate(), rs.getString(2), lastCounter,
                                    rs.getString(4), waitMs, rs.getLong(6), rs.getInt(7), rs.getTimestamp(9) != null,
                                    rs.getBoolean(8)));
                });
    }

    /**
     * Events between two instants, in order: the raw material of waiting, service and idle times. Read from the
     * index ticket_event_report alone (V6); events of the same instant come in no meaningful order (ids are random).
     */
    List<QueueStatistics.Row> events(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT ticket_id, event_type, happened_at, service_id, counter_num, officer FROM ticket_event
                WHERE happened_at >= ? AND happened_at < ? ORDER BY happened_at""")
                .params(ts(from), ts(to))
                .query((rs, i) -> new QueueStatistics.Row(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6)))
                .list();
    }

    /** Average minutes of the service spells of a service's tickets of that day, if any finished one. */
    java.util.OptionalDouble averageServiceMinutes(String serviceId, LocalDate day) {
        return jdbc.sql("""
                SELECT SUM(service_ms), SUM(service_spells) FROM ticket_summary
                WHERE ticket_day = ? AND service_id = ? AND service_spells > 0""")
                .params(Date.valueOf(day), serviceId)
                .query((rs, i) -> rs.getLong(2) == 0 ? java.util.OptionalDouble.empty()
                        : java.util.OptionalDouble.of(rs.getLong(1) / (double) rs.getLong(2) / 60_000.0))
                .single();
    }

    Optional<Instant> finishedAt(UUID ticketId) {
        return jdbc.sql("SELECT MAX(happened_at) FROM ticket_event WHERE ticket_id = ? AND event_type = 'FINISHED'")
                .param(ticketId.toString()).query((rs, i) -> instant(rs.getTimestamp(1))).optional()
                .filter(java.util.Objects::nonNull);
    }

    /** The day's latest calls and recalls, newest first. */
    List<QueueViews.Call> lastCalls(Instant from, int limit) {
        return jdbc.sql("""
                SELECT t.display, e.counter_num, e.happened_at, e.event_type FROM ticket_event e
                JOIN ticket t ON t.id = e.ticket_id
                WHERE e.happened_at >= ? AND e.event_type IN ('CALLED', 'RECALLED')
                ORDER BY e.happened_at DESC, t.seq DESC""" + " FETCH FIRST " + limit + " ROWS ONLY")
                .param(ts(from))
                .query((rs, i) -> new QueueViews.Call(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        "RECALLED".equals(rs.getString(4))))
                .list();
    }

    // ------------------------------------------------------------------ mapping

    private static ServiceType service(ResultSet rs) throws SQLException {
        String fields = rs.getString(5);
        return new ServiceType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                fields == null || fields.isBlank() ? List.of() : Arrays.asList(fields.split("\\|")),
                OpeningHours.parse(rs.getString(6), rs.getString(7)), (Integer) rs.getObject(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), rs.getBoolean(12));
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        String priority = rs.getString(6);
        return new Ticket(UUID.fromString(rs.getString(1)), rs.getLong(2), rs.getDate(3).toLocalDate(),
                rs.getString(4), rs.getString(5), priority == null ? null : PriorityGroup.valueOf(priority),
                rs.getString(7), TicketState.valueOf(rs.getString(8)), instant(rs.getTimestamp(9)),
                instant(rs.getTimestamp(10)), (Integer) rs.getObject(11), rs.getString(12), (Integer) rs.getObject(13),
                (Integer) rs.getObject(14), instant(rs.getTimestamp(15)), rs.getInt(16));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
