package org.motcua.kiosk.device;

import java.time.Instant;

/**
 * A box's LEDs changed (also at every blink of THANK_YOU), so screens that show the box can follow it by push.
 */
public record ButtonBoxChanged(BoxInfo box, Instant at) {
}
