package org.motcua.kiosk.queue;

import java.time.Instant;
import java.util.UUID;

/**
 * Every state change of a ticket, published after its transaction commits. The same changes are stored as rows of
 * {@code ticket_event}, from which waiting, service and idle times are computed.
 */
public sealed interface QueueEvent {

    UUID ticketId();

    String display();

    String serviceId();

    Instant at();

    /** A citizen took a number; printing and the boards listen. */
    record TicketIssued(UUID ticketId, String display, String serviceId, PriorityGroup priority, Instant at,
                        int peopleAhead, int estimatedWaitMinutes) implements QueueEvent {
    }

    /** A counter called a number; the boards show it and the voice announces it. */
    record TicketCalled(UUID ticketId, String display, String serviceId, int counter, String officer, Instant at)
            implements QueueEvent {
    }

    /** The same number called again at the same counter. */
    record TicketRecalled(UUID ticketId, String display, String serviceId, int counter, String officer, Instant at)
            implements QueueEvent {
    }

    record ServingStarted(UUID ticketId, String display, String serviceId, int counter, String officer, Instant at)
            implements QueueEvent {
    }

    /** Served; the counter's rating device unlocks for this ticket. */
    record TicketFinished(UUID ticketId, String display, String serviceId, int counter, String officer, Instant at)
            implements QueueEvent {
    }

    record TicketNoShow(UUID ticketId, String display, String serviceId, int counter, String officer, Instant at)
            implements QueueEvent {
    }

    /** Sent to another service or counter; back to {@code returnCounter} afterwards when it is not null. */
    record TicketTransferred(UUID ticketId, String display, String serviceId, int fromCounter, Integer toCounter,
                             Integer returnCounter, Instant at) implements QueueEvent {
    }
}
