package org.motcua.kiosk.survey;

import java.util.UUID;

/** A counter's rating window ended (rated, closed by the officer, or timed out): screen and buttons lock. */
public record RatingWindowClosed(int counter, UUID ticketId) {
}
