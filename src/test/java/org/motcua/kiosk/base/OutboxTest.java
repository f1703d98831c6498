package org.motcua.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.survey.Channel;
import org.motcua.kiosk.survey.DossierCode;
import org.motcua.kiosk.survey.Rating;
import org.motcua.kiosk.survey.RatingInput;
import org.motcua.kiosk.survey.SurveyService;
import org.motcua.kiosk.support.ManualClock;

/**
 * Every queue event and every rating gets exactly one outbox row, in its own transaction: a rollback leaves neither
 * the record nor its row, and the outbox refuses to be written outside a transaction.
 */
@SpringBootTest
@Import(ManualClock.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OutboxTest {

    @Autowired
    Outbox outbox;
    @Autowired
    QueueService queue;
    @Autowired
    SurveyService survey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ManualClock clock;

    @BeforeEach
    void morningWithNobodyAtCounter1() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
        try {
            queue.finish(1, "canbo");
        } catch (RuntimeException nobodyThere) {
            // fine
        }
        survey.closeWindow(1);
    }

    private int outboxRows(String type, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM sync_outbox WHERE record_type = ? AND record_id = ?")
                .params(type, id.toString()).query(Integer.class).single();
    }

    private int count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Integer.class).single();
    }

    private List<UUID> eventIds(UUID ticketId) {
        return jdbc.sql("SELECT id FROM ticket_event WHERE ticket_id = ?").param(ticketId.toString())
                .query((rs, i) -> UUID.fromString(rs.getString(1))).list();
    }

    @Test
    void everyEventOfATicketAndItsRatingGetExactlyOneOutboxRow() {
        int before = count("SELECT COUNT(*) FROM sync_outbox");
        queue.issueTicket("ho-tich", null);
        Ticket t = queue.callNext(1, "canbo");
        queue.recall(1, "canbo");
        queue.startServing(1, "canbo");
        clock.advance(java.time.Duration.ofMinutes(5));
        queue.finish(1, "canbo");
        Rating r = survey.rateAtCounter(1, RatingInput.level(1), Channel.BUTTON_BOX);

        List<UUID> events = eventIds(t.id());
        assertThat(events).hasSize(5);  // ISSUED, CALLED, RECALLED, SERVING, FINISHED
        for (UUID e : events) {
            assertThat(outboxRows("ticketEvent", e)).as("event %s", e).isEqualTo(1);
        }
        assertThat(outboxRows("rating", r.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sync_outbox")).isEqualTo(before + 6);
        // In the order they were recorded.
        List<String> types = jdbc.sql("SELECT record_type FROM sync_outbox ORDER BY seq DESC FETCH FIRST 6 ROWS ONLY")
                .query(String.class).list();
        assertThat(types).containsExactly("rating", "ticketEvent", "ticketEvent", "ticketEvent", "ticketEvent",
                "ticketEvent");
        assertThat(jdbc.sql("SELECT created_at FROM sync_outbox WHERE record_id = ?").param(r.id().toString())
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void aRolledBackCallLeavesNeitherItsEventNorItsOutboxRow() {
        queue.issueTicket("ho-tich", null);
        int events = count("SELECT COUNT(*) FROM ticket_event");
        int rows = count("SELECT COUNT(*) FROM sync_outbox");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            queue.callNext(1, "canbo");
            assertThat(count("SELECT COUNT(*) FROM sync_outbox")).isEqualTo(rows + 1);
            throw new IllegalStateException("power cut");
        })).hasMessage("power cut");
        assertThat(count("SELECT COUNT(*) FROM ticket_event")).isEqualTo(events);
        assertThat(count("SELECT COUNT(*) FROM sync_outbox")).isEqualTo(rows);
    }

    @Test
    void aRolledBackRatingLeavesNeitherTheRatingNorItsOutboxRow() {
        int ratings = count("SELECT COUNT(*) FROM rating");
        int rows = count("SELECT COUNT(*) FROM sync_outbox");
        Rating[] kept = new Rating[1];
        transactions.executeWithoutResult(tx -> {
            kept[0] = survey.rateDossier(new DossierCode("000.00.01.H01-261118-0001"), RatingInput.level(2));
            tx.setRollbackOnly();
        });
        assertThat(count("SELECT COUNT(*) FROM rating")).isEqualTo(ratings);
        assertThat(count("SELECT COUNT(*) FROM sync_outbox")).isEqualTo(rows);
        assertThat(outboxRows("rating", kept[0].id())).isZero();

        Rating stored = survey.rateDossier(new DossierCode("000.00.01.H01-261118-0001"), RatingInput.level(2));
        assertThat(outboxRows("rating", stored.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sync_outbox")).isEqualTo(rows + 1);
    }

    @Test
    void theOutboxIsNeverWrittenOutsideATransaction() {
        int rows = count("SELECT COUNT(*) FROM sync_outbox");
        assertThatThrownBy(() -> outbox.add(Outbox.RecordType.RATING, UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("SELECT COUNT(*) FROM sync_outbox")).isEqualTo(rows);
    }
}
