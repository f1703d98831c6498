package org.motcua.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.motcua.kiosk.queue.QueueStatistics.Row;

/** Waiting, service and counter idle times from the event rows alone, on a hand-made morning. */
class QueueStatisticsTest {

    private static final Instant T = Instant.parse("2026-11-18T01:00:00Z");

    private static Row row(UUID ticket, String type, int minute, Integer counter) {
        return new Row(ticket, type, T.plus(Duration.ofMinutes(minute)), "ho-tich", counter);
    }

    @Test
    void aHandComputedMorning() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        var figures = QueueStatistics.compute(List.of(
                row(a, "ISSUED", 0, null),
                row(b, "ISSUED", 2, null),
                row(a, "CALLED", 5, 1),      // a waited 5
                row(a, "SERVING", 6, 1),
                row(c, "ISSUED", 7, null),
                row(a, "FINISHED", 16, 1),   // served 10 (from "start serving")
                row(b, "CALLED", 19, 1),     // b waited 17; counter 1 idle 3
                row(b, "RECALLED", 20, 1),
                row(b, "NO_SHOW", 22, 1),
                row(c, "CALLED", 30, 1),     // c waited 23; idle 8
                row(c, "FINISHED", 34, 1))); // served 4 (from the call: no "start")
        assertThat(figures.waits()).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(17), Duration.ofMinutes(23));
        assertThat(figures.serviceTimes()).containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(4));
        assertThat(figures.idleTimes()).containsExactly(Duration.ofMinutes(3), Duration.ofMinutes(8));
        assertThat(figures.issued()).isEqualTo(3);
        assertThat(figures.finished()).isEqualTo(2);
        assertThat(figures.noShows()).isEqualTo(1);
        assertThat(figures.averageWaitMinutes()).hasValue(15.0);
        assertThat(figures.averageServiceMinutes()).hasValue(7.0);
    }

    @Test
    void aTransferWithReturnCountsBothServicesAndTheWaitOnlyOnce() {
        UUID a = UUID.randomUUID();
        var figures = QueueStatistics.compute(List.of(
                row(a, "ISSUED", 0, null),
                row(a, "CALLED", 4, 1),
                row(a, "TRANSFERRED", 6, 1),
                row(a, "CALLED", 9, 2),
                row(a, "RETURNED", 11, 2),
                row(a, "CALLED", 12, 1),
                row(a, "FINISHED", 15, 1)));
        assertThat(figures.waits()).containsExactly(Duration.ofMinutes(4));
        assertThat(figures.serviceTimes()).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(3));
        assertThat(figures.finished()).isEqualTo(1);
        assertThat(figures.idleTimes()).containsExactly(Duration.ofMinutes(6));
    }
}
