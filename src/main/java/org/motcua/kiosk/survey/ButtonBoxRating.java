package org.motcua.kiosk.survey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.motcua.kiosk.device.BoxState;
import org.motcua.kiosk.device.ButtonBoxes;
import org.motcua.kiosk.device.RatingButtonPressed;

/**
 * The button box at a counter: its LEDs light when "Hoàn thành" opens the counter's rating window and go out when it
 * closes; a press becomes a rating of the ticket just finished (button 1 = the best level), and the pressed button
 * blinks "thank you". A press while the LEDs are out is still stored, flagged and not counted.
 */
@Component
class ButtonBoxRating {

    private static final Logger log = LoggerFactory.getLogger(ButtonBoxRating.class);

    private final SurveyService survey;
    private final ButtonBoxes boxes;

    ButtonBoxRating(SurveyService survey, ButtonBoxes boxes) {
        this.survey = survey;
        this.boxes = boxes;
    }

    @EventListener
    void on(RatingButtonPressed press) {
        try {
            Rating rating = survey.rateAtCounter(press.counter(), RatingInput.level(press.button()), Channel.BUTTON_BOX);
            if (rating.counted()) {
                boxes.thankYou(press.counter(), press.button());
            }
        } catch (SurveyException e) {
            // A box with more buttons than the scale has levels: a wiring or configuration mistake, not a citizen's.
            log.error("Button {} at counter {} is not a level of the {}-level scale; check motcua.device.boxes",
                    press.button(), press.counter(), survey.scale().size());
        }
    }

    @EventListener
    void on(RatingWindowOpened opened) {
        boxes.show(opened.window().counter(), BoxState.READY);
    }

    @EventListener
    void on(RatingWindowClosed closed) {
        boxes.show(closed.counter(), BoxState.LOCKED);
    }
}
