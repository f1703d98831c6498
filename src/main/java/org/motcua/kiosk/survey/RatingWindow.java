package org.motcua.kiosk.survey;

import java.time.Instant;
import java.util.UUID;

/** A finished ticket waiting for its rating at a counter, until {@code closesAt}. */
public record RatingWindow(int counter, UUID ticketId, String ticketDisplay, String serviceId, String officer,
                           Instant openedAt, Instant closesAt) {

    public boolean isOpenAt(Instant t) {
        return !t.isBefore(openedAt) && t.isBefore(closesAt);
    }
}
