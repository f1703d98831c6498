/**
 * Screens other than the kiosk's own that may do what a citizen's phone may not: a counter's rating screen, a second
 * kiosk screen on the LAN. An administrator pairs such a screen once, by the code it shows; the screen then keeps a
 * secret in a cookie that only the server reads ({@link org.motcua.kiosk.pairing.PairedScreens}). The kiosk's own
 * screen (the browser on the same machine) needs no pairing ({@link org.motcua.kiosk.pairing.ScreenAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Paired screens")
package org.motcua.kiosk.pairing;
