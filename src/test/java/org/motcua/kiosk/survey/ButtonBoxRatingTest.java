package org.motcua.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.device.BoxState;
import org.motcua.kiosk.device.ButtonBoxes;
import org.motcua.kiosk.device.RatingButtonPressed;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.support.ManualClock;

/**
 * The button box at counter 1 (the simulated board): locked until "Hoàn thành", lit while the ticket waits for its
 * rating, a press rates that ticket and blinks thank you; a press while locked is stored flagged.
 */
@SpringBootTest
@Import(ManualClock.Config.class)
class ButtonBoxRatingTest {

    @Autowired
    QueueService queue;
    @Autowired
    ButtonBoxes boxes;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ManualClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void finishLightsTheBoxAPressRatesTheTicketAndAStrayPressIsFlagged() {
        clock.set(LocalDateTime.of(2026, 11, 18, 10, 0));
        assertThat(boxes.box(1).orElseThrow().state()).isEqualTo(BoxState.LOCKED);

        // A press before anyone was served at counter 1: kept, flagged.
        events.publishEvent(new RatingButtonPressed(1, 1, clock.instant()));
        assertThat(jdbc.sql("SELECT flag FROM rating WHERE counter_num = 1 AND channel = 'BUTTON_BOX'")
                .query(String.class).list()).containsExactly("OUTSIDE_WINDOW");

        queue.issueTicket("ho-tich", null);
        Ticket t = queue.callNext(1, "canbo1");
        queue.finish(1, "canbo1");
        assertThat(boxes.box(1).orElseThrow().state()).isEqualTo(BoxState.READY);

        events.publishEvent(new RatingButtonPressed(1, 2, clock.instant()));
        assertThat(boxes.box(1).orElseThrow().state()).isEqualTo(BoxState.THANK_YOU);
        assertThat(jdbc.sql("SELECT level, counted, officer FROM rating WHERE ticket_id = ?").param(t.id().toString())
                .query((rs, i) -> rs.getInt(1) + "/" + rs.getBoolean(2) + "/" + rs.getString(3)).single())
                .isEqualTo("2/true/canbo1");
    }
}
