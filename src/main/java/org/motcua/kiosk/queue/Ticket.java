package org.motcua.kiosk.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One queue ticket. {@code id} is a UUID made on the kiosk (it syncs upstream); {@code display} is what the citizen
 * sees and hears, "A012", unique among the day's tickets that are still waiting or at a counter. {@code seq} orders
 * tickets issued in the same instant (0 until stored).
 */
public record Ticket(UUID id, long seq, LocalDate day, String serviceId, String display, PriorityGroup priority,
                     String procedureCode, TicketState state, Instant issuedAt, Instant queuedAt, Integer counter,
                     String officer, Integer targetCounter, Integer returnCounter, Instant calledAt, int callCount) {

    public boolean isPriority() {
        return priority != null;
    }
}
