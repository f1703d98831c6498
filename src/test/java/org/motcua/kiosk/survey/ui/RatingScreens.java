package org.motcua.kiosk.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;

import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.OpeningHours;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.support.KaribuHarness;
import org.motcua.kiosk.support.ManualClock;

/**
 * What the rating screen tests share: one application context (a short counter window, a short thank-you), a
 * service and a counter of each test's own, waiting for pushed and timed updates, reading ratings back from Derby.
 */
@Import(ManualClock.Config.class)
@TestPropertySource(properties = {"motcua.queue.demo=false", "motcua.survey.counter-window=6s",
        "motcua.survey.thank-you=1s"})
abstract class RatingScreens extends KaribuHarness {

    /** Services and counters of each test's own, so that tests sharing the context do not meet. */
    private static int next = 0;

    protected ServiceType serviceAndCounter(QueueService queue, int[] counterOut) {
        int n = next++;
        String prefix = "R" + (char) ('A' + n);
        ServiceType s = new ServiceType("dg-" + prefix.toLowerCase(), prefix, "Dịch vụ " + prefix, null, List.of(),
                OpeningHours.parse("00:00-23:59", "MON,TUE,WED,THU,FRI,SAT,SUN"), null, 1, 999, 1, true);
        queue.saveService(s);
        int counter = 60 + n;
        queue.saveCounter(new Counter(counter, "Bàn đánh giá " + counter, true, Set.of(s.id())));
        counterOut[0] = counter;
        return s;
    }

    /** Runs what other threads handed to this screen (push, timers) until the condition holds, at most 15 s. */
    protected static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        while (true) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime()).as("waited 15 s for the screen").isLessThan(end);
            Thread.sleep(50);
        }
    }

    protected static void press(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    protected static void pressKey(String dataKey) {
        _click(_get(Button.class, spec -> spec.withAttribute("data-key", dataKey)));
    }

    protected static List<Map<String, Object>> ratingsOfTicket(JdbcClient jdbc, UUID ticket) {
        return jdbc.sql("SELECT * FROM rating WHERE ticket_id = ? ORDER BY recorded_at, counted DESC")
                .param(ticket.toString()).query().listOfRows();
    }
}
