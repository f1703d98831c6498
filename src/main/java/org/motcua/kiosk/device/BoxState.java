package org.motcua.kiosk.device;

/** What a button box's LEDs tell the citizen. */
public enum BoxState {
    /** All LEDs off: nothing to rate now. */
    LOCKED,
    /** All LEDs on: press now. */
    READY,
    /** The pressed button's LED blinks for a few seconds (all of them when no button is known), then LOCKED. */
    THANK_YOU
}
