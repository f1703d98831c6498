package org.motcua.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The order in which a counter calls: sent-here first, nobody waits past the limit, then the policy. */
class CallOrderTest {

    private static final Instant T0 = Instant.parse("2026-11-18T01:00:00Z");
    private final List<Ticket> waiting = new ArrayList<>();

    private Ticket ticket(String display, int minute, PriorityGroup priority, Integer target) {
        Instant at = T0.plusSeconds(60L * minute);
        Ticket t = new Ticket(UUID.randomUUID(), waiting.size() + 1, LocalDate.of(2026, 11, 18), "ho-tich", display, priority, null,
                TicketState.WAITING, at, at, null, null, target, null, null, 0);
        waiting.add(t);
        return t;
    }

    private List<String> order(OrderingPolicy policy, int normalSincePriority, int nowMinute) {
        return CallOrder.candidates(waiting, 1, policy, normalSincePriority, T0.plusSeconds(60L * nowMinute))
                .stream().map(Ticket::display).toList();
    }

    @Test
    void strictCallsPriorityFirstThenByArrival() {
        ticket("A001", 0, null, null);
        ticket("A002", 1, null, null);
        ticket("A003", 2, PriorityGroup.ELDERLY, null);
        OrderingPolicy strict = new OrderingPolicy(OrderingPolicy.Mode.STRICT, 3, 0, 5);
        assertThat(order(strict, 0, 5)).containsExactly("A003", "A001", "A002");
    }

    @Test
    void interleavedCallsOnePriorityAfterEveryNNormal() {
        ticket("A001", 0, null, null);
        ticket("A002", 1, PriorityGroup.PREGNANT, null);
        OrderingPolicy everyThird = new OrderingPolicy(OrderingPolicy.Mode.INTERLEAVED, 3, 0, 5);
        assertThat(order(everyThird, 0, 5)).startsWith("A001");
        assertThat(order(everyThird, 2, 5)).startsWith("A001");
        assertThat(order(everyThird, 3, 5)).startsWith("A002");
    }

    @Test
    void interleavedCallsPriorityWhenNoNormalWaits() {
        ticket("A005", 0, PriorityGroup.DISABLED, null);
        assertThat(order(OrderingPolicy.standard(), 0, 1)).containsExactly("A005");
    }

    @Test
    void aNormalTicketWaitingTooLongGoesBeforePriority() {
        ticket("A001", 0, null, null);
        ticket("A002", 30, PriorityGroup.ELDERLY, null);
        OrderingPolicy strictWithGuard = new OrderingPolicy(OrderingPolicy.Mode.STRICT, 3, 45, 5);
        assertThat(order(strictWithGuard, 0, 40)).startsWith("A002");
        assertThat(order(strictWithGuard, 0, 46)).startsWith("A001");
    }

    @Test
    void ticketsSentToThisCounterComeFirst() {
        ticket("A001", 0, PriorityGroup.ELDERLY, null);
        ticket("B007", 10, null, 1);
        assertThat(order(OrderingPolicy.standard(), 5, 11)).startsWith("B007");
    }
}
