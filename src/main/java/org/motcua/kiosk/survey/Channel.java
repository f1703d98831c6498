package org.motcua.kiosk.survey;

/** Where a rating was given. */
public enum Channel {
    /** The tablet or small screen at the counter. */
    COUNTER_SCREEN,
    /** The physical buttons on the counter (GPIO). */
    BUTTON_BOX,
    /** The kiosk, by the code on the ticket or on the receipt. */
    KIOSK
}
