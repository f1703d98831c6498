package org.motcua.kiosk.survey;

/** A counter's rating screen and buttons unlock for the ticket just finished there. */
public record RatingWindowOpened(RatingWindow window) {
}
