package org.motcua.kiosk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which waiting ticket a counter calls next, as a list of candidates best first (if another counter takes the first
 * a moment earlier, the next one is tried):
 * <ol>
 * <li>tickets sent to this very counter (transfers, returns), oldest first;</li>
 * <li>normal tickets that have waited longer than the policy's limit, oldest first, so nobody waits forever;</li>
 * <li>then by the policy: STRICT puts priority tickets first; INTERLEAVED calls one priority ticket after every N
 * normal ones (or whenever there is no normal ticket).</li>
 * </ol>
 */
final class CallOrder {

    private CallOrder() {
    }

    /**
     * @param waiting the day's waiting tickets this counter may call, in queue order
     * @param normalSincePriority normal tickets this counter called since its last priority one
     */
    static List<Ticket> candidates(List<Ticket> waiting, int counter, OrderingPolicy policy, int normalSincePriority,
                                   Instant now) {
        Comparator<Ticket> inQueue = Comparator.comparing(Ticket::queuedAt).thenComparingLong(Ticket::seq);
        Set<Ticket> order = new LinkedHashSet<>();
        waiting.stream().filter(t -> t.targetCounter() != null && t.targetCounter() == counter).sorted(inQueue)
                .forEach(order::add);
        List<Ticket> normal = new ArrayList<>();
        List<Ticket> priority = new ArrayList<>();
        for (Ticket t : waiting.stream().filter(t -> !order.contains(t)).sorted(inQueue).toList()) {
            (t.isPriority() ? priority : normal).add(t);
        }
        if (policy.maxWaitMinutes() > 0) {
            Duration limit = Duration.ofMinutes(policy.maxWaitMinutes());
            normal.stream().filter(t -> Duration.between(t.queuedAt(), now).compareTo(limit) > 0).forEach(order::add);
        }
        boolean priorityFirst = switch (policy.mode()) {
            case STRICT -> true;
            case INTERLEAVED -> normalSincePriority >= policy.interleaveEvery();
        };
        if (priorityFirst) {
            order.addAll(priority);
            order.addAll(normal);
        } else {
            order.addAll(normal);
            order.addAll(priority);
        }
        return List.copyOf(order);
    }
}
