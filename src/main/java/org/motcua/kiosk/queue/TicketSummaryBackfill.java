package org.motcua.kiosk.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Summarises the tickets that have events but no {@code ticket_summary} row yet (a kiosk's data from before V7):
 * their events in ticket order, folded by {@link TicketSummary#of}. Run once by the migration V7_1; uses the
 * connection's transaction as it finds it.
 */
public final class TicketSummaryBackfill {

    private static final int BATCH = 1_000;

    private TicketSummaryBackfill() {
    }

    /** How many summaries it wrote. */
    public static int run(Connection c) throws SQLException {
        int written = 0;
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("""
                     SELECT e.ticket_id, e.event_type, e.happened_at, e.service_id, e.counter_num, e.officer
                     FROM ticket_event e
                     WHERE NOT EXISTS (SELECT 1 FROM ticket_summary s WHERE s.ticket_id = e.ticket_id)
                     ORDER BY e.ticket_id, e.happened_at""");
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO ticket_summary (ticket_id, ticket_day, service_id, issued_at, first_called_at,
                         service_started_at, finished_at, no_show, last_counter, last_officer, wait_ms, service_ms,
                         service_spells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            List<QueueStatistics.Row> events = new ArrayList<>();
            while (rs.next()) {
                UUID ticket = UUID.fromString(rs.getString(1).strip());
                if (!events.isEmpty() && !events.getFirst().ticketId().equals(ticket)) {
                    written += add(insert, events, written);
                }
                int counter = rs.getInt(5);
                events.add(new QueueStatistics.Row(ticket, rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.wasNull() ? null : counter, rs.getString(6)));
            }
            if (!events.isEmpty()) {
                written += add(insert, events, written);
            }
            insert.executeBatch();
        }
        return written;
    }

    private static int add(PreparedStatement insert, List<QueueStatistics.Row> events, int writtenBefore)
            throws SQLException {
        Object[] values = QueueRepository.summaryValues(TicketSummary.of(events));
        events.clear();
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i], type(i));
        }
        insert.addBatch();
        if ((writtenBefore + 1) % BATCH == 0) {
            insert.executeBatch();
        }
        return 1;
    }

    private static int type(int column) {
        return switch (column) {
            case 0, 2, 9 -> java.sql.Types.VARCHAR;
            case 1 -> java.sql.Types.DATE;
            case 3, 4, 5, 6 -> java.sql.Types.TIMESTAMP;
            case 7 -> java.sql.Types.BOOLEAN;
            case 8, 12 -> java.sql.Types.INTEGER;
            default -> java.sql.Types.BIGINT;
        };
    }
}
