package org.motcua.kiosk.survey;

import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.motcua.kiosk.base.Outbox;

/** Ratings in Derby; the unique columns keep one counted rating per ticket and per dossier. */
@Repository
class SurveyRepository {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    SurveyRepository(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    boolean ticketRated(UUID ticketId) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE counted_ticket = ?").param(ticketId.toString())
                .query(Integer.class).single() > 0;
    }

    boolean dossierRated(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE counted_dossier = ?").param(code)
                .query(Integer.class).single() > 0;
    }

    /** Writes the rating and its outbox row to the hub; the caller holds the transaction. */
    void insert(Rating r) {
        Map<Criterion, Integer> a = new EnumMap<>(Criterion.class);
        a.putAll(r.answers());
        jdbc.sql("""
                INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, ticket_id, ticket_display,
                    dossier_code, service_id, field, counter_num, officer, c1_time, c3_contacts, c4_agencies, c7_attitude,
                    reasons, comment_text, counted, flag, counted_ticket, counted_dossier)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id().toString(), Timestamp.from(r.recordedAt()), r.channel().name(), r.scaleSize(), r.level(),
                        r.dissatisfied(), r.ticketId() == null ? null : r.ticketId().toString(), r.ticketDisplay(),
                        r.dossierCode(), r.serviceId(), r.field(), r.counter(), r.officer(),
                        a.get(Criterion.C1_TIME), a.get(Criterion.C3_CONTACTS), a.get(Criterion.C4_AGENCIES),
                        a.get(Criterion.C7_ATTITUDE),
                        r.reasons().isEmpty() ? null : r.reasons().stream().sorted().map(Enum::name)
                                .collect(Collectors.joining(",")),
                        r.comment(), r.counted(), r.flag() == null ? null : r.flag().name(),
                        r.counted() && r.ticketId() != null ? r.ticketId().toString() : null,
                        r.counted() && r.dossierCode() != null ? r.dossierCode() : null)
                .update();
        outbox.add(Outbox.RecordType.RATING, r.id());
    }
}
