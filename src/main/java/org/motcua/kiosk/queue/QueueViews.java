package org.motcua.kiosk.queue;

import java.time.Instant;
import java.util.List;

/** What the screens show, read in one go from the queue. */
public final class QueueViews {

    private QueueViews() {
    }

    /** A service as the kiosk offers it: open or why not, and how many are waiting. */
    public record ServiceStatus(ServiceType service, boolean open, QueueException.Problem closedBecause, int waiting,
                                List<Integer> counters) {
    }

    /** A ticket just issued, as the citizen sees it on screen and on paper. */
    public record IssuedTicket(Ticket ticket, ServiceType service, List<Integer> counters, int peopleAhead,
                               int estimatedWaitMinutes) {
    }

    /** One counter's screen: the ticket at it (if any) and what it may call, in the order it would call them. */
    public record CounterScreen(Counter counter, Ticket current, List<Ticket> waiting) {
    }

    /** A call shown on the board. */
    public record Call(String display, int counter, Instant at, boolean recall) {
    }

    /** The hall board: latest calls first, who is at each counter, how many wait for each service. */
    public record Board(List<Call> lastCalls, List<CounterLine> counters, List<ServiceWaiting> waiting) {
    }

    public record CounterLine(Counter counter, String serving) {
    }

    public record ServiceWaiting(ServiceType service, int waiting) {
    }

    /**
     * One ticket seen by its owner: its state, its service, and while waiting how many are before it.
     *
     * @param expired a ticket of an earlier day that was never finished: it will not be called any more
     */
    public record TicketStatus(Ticket ticket, ServiceType service, int peopleAhead, boolean expired) {
    }
}
