package org.motcua.kiosk.device;

import java.time.Instant;

/**
 * A device's health changed, or was found at start-up: for the back office's health page and the counter screens.
 *
 * @param device which device: {@value ButtonBoxes#GPIO} for the button boxes' GPIO
 * @param ok false when the device is not working as configured (e.g. Pi4J could not open the GPIO and the simulated
 *           board stands in)
 * @param detail what happened, in words for an administrator (English, as in the logs)
 */
public record DeviceStatusChanged(String device, boolean ok, String detail, Instant at) {
}
