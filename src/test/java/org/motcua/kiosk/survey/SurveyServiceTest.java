package org.motcua.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.support.ManualClock;

/**
 * Ratings are taken only after "Hoàn thành", for a limited time, one per ticket and per dossier; everything else is
 * stored flagged and not counted, never dropped.
 */
@SpringBootTest
@Import({ManualClock.Config.class, SurveyServiceTest.Heard.class})
class SurveyServiceTest {

    @Autowired
    SurveyService survey;
    @Autowired
    QueueService queue;
    @Autowired
    ManualClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Heard heard;

    static class Heard {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(RatingRecorded e) {
            events.add(e);
        }

        @EventListener
        void on(RatingWindowOpened e) {
            events.add(e);
        }

        @EventListener
        void on(RatingWindowClosed e) {
            events.add(e);
        }
    }

    @BeforeEach
    void morning() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
        // Counter 3 serves "dat-dai" in the demo office; start each test with nobody at it.
        try {
            queue.finish(3, "cb");
        } catch (RuntimeException nobodyThere) {
            // fine
        }
        survey.closeWindow(3);
    }

    private Ticket servedAtCounter3() {
        queue.issueTicket("dat-dai", null, "1.013978");
        Ticket t = queue.callNext(3, "canbo3");
        queue.finish(3, "canbo3");
        return t;
    }

    private int counted(String where, Object... args) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE counted = TRUE AND " + where).params(args)
                .query(Integer.class).single();
    }

    @Test
    void finishingATicketOpensItsCounterAndARatingThereIsBoundToIt() {
        Ticket t = servedAtCounter3();
        assertThat(survey.window(3)).hasValueSatisfying(w -> {
            assertThat(w.ticketId()).isEqualTo(t.id());
            assertThat(w.officer()).isEqualTo("canbo3");
        });
        Rating r = survey.rateAtCounter(3, new RatingInput(3, Map.of(Criterion.C7_ATTITUDE, 0),
                Set.of(Reason.LONG_WAIT, Reason.STAFF_ATTITUDE), "Chờ quá lâu"), Channel.COUNTER_SCREEN);
        assertThat(r.counted()).isTrue();
        assertThat(r.dissatisfied()).isTrue();
        assertThat(r.ticketId()).isEqualTo(t.id());
        assertThat(r.serviceId()).isEqualTo("dat-dai");
        assertThat(r.officer()).isEqualTo("canbo3");
        assertThat(r.field()).isEqualTo("Đất đai");
        assertThat(survey.window(3)).isEmpty();
        var row = jdbc.sql("SELECT reasons, comment_text, c7_attitude, counter_num FROM rating WHERE id = ?")
                .param(r.id().toString())
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).single();
        assertThat(row).containsExactly("LONG_WAIT,STAFF_ATTITUDE", "Chờ quá lâu", 0, 3);
        assertThat(heard.events).anyMatch(e -> e instanceof RatingRecorded rr && rr.rating().id().equals(r.id()));
    }

    @Test
    void aPressWithNoOpenWindowIsKeptFlaggedAndNotCounted() {
        Rating stray = survey.rateAtCounter(3, RatingInput.level(1), Channel.BUTTON_BOX);
        assertThat(stray.counted()).isFalse();
        assertThat(stray.flag()).isEqualTo(Rating.Flag.OUTSIDE_WINDOW);
        assertThat(jdbc.sql("SELECT flag FROM rating WHERE id = ?").param(stray.id().toString()).query(String.class)
                .single()).isEqualTo("OUTSIDE_WINDOW");

        servedAtCounter3();
        clock.advance(Duration.ofMinutes(4)); // past the 3-minute window
        assertThat(survey.rateAtCounter(3, RatingInput.level(2), Channel.BUTTON_BOX).flag())
                .isEqualTo(Rating.Flag.OUTSIDE_WINDOW);
    }

    @Test
    void oneCountedRatingPerTicketTheSecondIsFlagged() {
        Ticket t = servedAtCounter3();
        survey.rateAtCounter(3, RatingInput.level(1), Channel.BUTTON_BOX);
        Rating again = survey.rateTicket(t.id(), RatingInput.level(3));
        assertThat(again.counted()).isFalse();
        assertThat(again.flag()).isEqualTo(Rating.Flag.ALREADY_RATED);
        assertThat(counted("ticket_id = ?", t.id().toString())).isEqualTo(1);
    }

    @Test
    void atTheKioskByTheTicketsQrOnlyAfterFinishingAndNotTooLate() {
        queue.issueTicket("dat-dai", null);
        Ticket waiting = queue.issueTicket("dat-dai", null).ticket();
        assertThat(survey.resolve("http://192.168.1.20:8080/ve/" + waiting.id()))
                .isEqualTo(new RatingTarget.OfTicket(waiting.id(), waiting.display()));
        assertThatThrownBy(() -> survey.rateTicket(waiting.id(), RatingInput.level(1)))
                .satisfies(e -> assertThat(((SurveyException) e).problem()).isEqualTo(SurveyException.Problem.NOT_FINISHED));

        Ticket served = servedAtCounter3();
        clock.advance(Duration.ofHours(2));
        assertThat(survey.rateTicket(served.id(), RatingInput.level(2)).counted()).isTrue();

        Ticket old = servedAtCounter3();
        clock.advance(Duration.ofHours(25));
        assertThatThrownBy(() -> survey.rateTicket(old.id(), RatingInput.level(2)))
                .satisfies(e -> assertThat(((SurveyException) e).problem()).isEqualTo(SurveyException.Problem.TOO_LATE));
    }

    @Test
    void byDossierCodeOncePerDossier() {
        RatingTarget target = survey.resolve("000.00.53.H48-261109-0099");
        assertThat(target).isInstanceOf(RatingTarget.OfDossier.class);
        DossierCode code = ((RatingTarget.OfDossier) target).code();
        jdbc.sql("DELETE FROM rating WHERE dossier_code = ?").param(code.value()).update();
        assertThat(survey.rateDossier(code, RatingInput.level(1)).counted()).isTrue();
        assertThat(survey.rateDossier(code, RatingInput.level(3)).flag()).isEqualTo(Rating.Flag.ALREADY_RATED);
        assertThat(counted("dossier_code = ?", code.value())).isEqualTo(1);
    }

    @Test
    void aDossierCodeTheOfficeCannotHaveGivenOutIsRefusedAndNeverCounted() {
        // Wednesday 18/11/2026: a code dated 31/12/2099 (the attack of the issue), tomorrow, or over a year ago
        for (String invented : List.of("000.00.53.H48-991231-0001", "000.00.53.H48-261119-0001",
                "000.00.53.H48-251117-0001")) {
            assertThatThrownBy(() -> survey.resolve(invented)).as(invented).satisfies(e -> assertThat(
                    ((SurveyException) e).problem()).isIn(SurveyException.Problem.DOSSIER_IN_FUTURE,
                    SurveyException.Problem.DOSSIER_TOO_OLD));
            // Whatever reaches the service all the same is stored, flagged, and not counted.
            Rating stored = survey.rateDossier(new DossierCode(invented), RatingInput.level(3));
            assertThat(stored.counted()).as(invented).isFalse();
            assertThat(stored.flag()).isEqualTo(Rating.Flag.IMPLAUSIBLE_CODE);
            assertThat(counted("dossier_code = ?", invented)).isZero();
        }
        assertThatThrownBy(() -> survey.resolve("000.00.53.H48-991231-0001")).satisfies(e -> assertThat(
                ((SurveyException) e).problem()).isEqualTo(SurveyException.Problem.DOSSIER_IN_FUTURE));
        // Today's and a year-old-but-one-day code are plausible.
        assertThat(survey.resolve("000.00.53.H48-261118-0002")).isInstanceOf(RatingTarget.OfDossier.class);
        assertThat(survey.resolve("000.00.53.H48-251119-0002")).isInstanceOf(RatingTarget.OfDossier.class);
    }

    @Test
    void nonsenseIsRefusedWithAReason() {
        assertThatThrownBy(() -> survey.resolve("xin chào"))
                .satisfies(e -> assertThat(((SurveyException) e).problem()).isEqualTo(SurveyException.Problem.UNKNOWN_CODE));
        assertThatThrownBy(() -> survey.resolve("http://x/ve/" + java.util.UUID.randomUUID()))
                .satisfies(e -> assertThat(((SurveyException) e).problem()).isEqualTo(SurveyException.Problem.UNKNOWN_TICKET));
        assertThatThrownBy(() -> survey.rateAtCounter(3, RatingInput.level(4), Channel.BUTTON_BOX))
                .satisfies(e -> assertThat(((SurveyException) e).problem()).isEqualTo(SurveyException.Problem.BAD_LEVEL));
        assertThatThrownBy(() -> new RatingInput(1, Map.of(Criterion.C1_TIME, 3), Set.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingInput(3, Map.of(), Set.of(), "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
