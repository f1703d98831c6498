package org.motcua.kiosk.appliance;

import java.time.Instant;

/** The machine's clock, as the operating system keeps it: the edge the back office sets the time through. */
public interface SystemTime {

    /**
     * Sets the system clock.
     *
     * @throws IllegalStateException with a reason in words when the system refuses
     */
    void set(Instant time);
}
