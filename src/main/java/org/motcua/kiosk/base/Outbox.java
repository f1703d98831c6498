package org.motcua.kiosk.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The kiosk's outbox to the hub (docs/sync-protocol.md): every record that syncs is added here in the transaction
 * that writes it, so the record and its outbox row are committed or rolled back together. The sync module sends the
 * rows and deletes them once the hub has acknowledged them.
 */
@Component
public class Outbox {

    /** What an outbox row points at; the name is the protocol's {@code type}. */
    public enum RecordType {
        /** A row of {@code ticket_event}. */
        TICKET_EVENT("ticketEvent"),
        /** A row of {@code rating}. */
        RATING("rating");

        private final String protocolName;

        RecordType(String protocolName) {
            this.protocolName = protocolName;
        }

        /** As stored in {@code sync_outbox.record_type} and sent as the record's {@code type}. */
        public String protocolName() {
            return protocolName;
        }

        public static RecordType of(String protocolName) {
            for (RecordType t : values()) {
                if (t.protocolName.equals(protocolName)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("Unknown outbox record type: " + protocolName);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds the record to the outbox, in the caller's transaction.
     *
     * @throws IllegalStateException when no transaction is active: the outbox row could then be committed without
     *                               its record, or the record without its row (never sent)
     */
    public void add(RecordType type, UUID id) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The outbox is written only in the transaction of its record (" + type
                    + " " + id + ")");
        }
        jdbc.sql("INSERT INTO sync_outbox (record_type, record_id, created_at) VALUES (?, ?, ?)")
                .params(type.protocolName(), id.toString(), Timestamp.from(clock.instant()))
                .update();
    }
}
