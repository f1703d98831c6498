package org.motcua.kiosk.survey;

/** A rating was stored (counted or flagged); sync ships it upstream, the button box says thank you. */
public record RatingRecorded(Rating rating) {
}
