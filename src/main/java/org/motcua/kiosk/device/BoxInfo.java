package org.motcua.kiosk.device;

import java.util.List;

/**
 * A button box as the back office sees it.
 *
 * @param counter the counter it belongs to
 * @param buttons how many buttons (3 to 5)
 * @param state what its LEDs show
 * @param connected its pins are claimed on real GPIO (Pi4J); false on the simulated board. Whether wires are really
 *                  attached cannot be seen from the pins.
 * @param simulated it runs on the in-memory board (development, or the fallback when the GPIO could not be opened)
 * @param lit for each button, from button 1: whether its LED is lit right now
 */
public record BoxInfo(int counter, int buttons, BoxState state, boolean connected, boolean simulated, List<Boolean> lit) {

    public BoxInfo {
        lit = List.copyOf(lit);
    }
}
