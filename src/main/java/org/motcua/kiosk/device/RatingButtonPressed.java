package org.motcua.kiosk.device;

import java.time.Instant;

/**
 * A citizen pressed a rating button: one event per real press, after debouncing, whatever the box showed at the
 * time (deciding whether the press counts is the survey's business).
 *
 * @param counter the counter the box belongs to
 * @param button the button's position, 1-based; 1 is the best rating ("Rất hài lòng")
 * @param at when the press began
 */
public record RatingButtonPressed(int counter, int button, Instant at) {
}
