package org.motcua.kiosk.pairing;

/** What a paired screen is for. */
public enum ScreenPurpose {
    /** A counter's rating screen: receives that counter's rating windows; one per counter. */
    RATING,
    /** Another kiosk screen on the LAN: issues queue tickets and takes ratings by code, as the kiosk's own does. */
    KIOSK
}
