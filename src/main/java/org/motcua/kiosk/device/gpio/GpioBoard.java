package org.motcua.kiosk.device.gpio;

import java.time.Instant;

/**
 * The few GPIO operations the button boxes need, numbered the Broadcom way (BCM, "GPIO17"), not by header pin.
 * {@link FakeBoard} in development and tests, {@link Pi4jBoard} on the Raspberry Pi; everything above this interface
 * is plain Java.
 */
public interface GpioBoard extends AutoCloseable {

    /**
     * Claims a pin as an input and reports every change of its level.
     *
     * @param pullUp the internal pull-up (button wired to GND, pressed reads low); {@code false}: the pull-down
     *               (button wired to 3.3 V, pressed reads high)
     */
    DigitalIn input(int bcm, boolean pullUp, LevelListener listener);

    /** Claims a pin as an output, driven low (LED off) at first. */
    DigitalOut output(int bcm);

    /** True for the in-memory board. */
    boolean simulated();

    /** What this board is, for the back office and the logs. */
    String describe();

    /** Releases the pins; outputs go low. */
    @Override
    void close();

    /** An input pin. */
    interface DigitalIn {
        boolean high();
    }

    /** An output pin. */
    interface DigitalOut {
        void set(boolean high);

        boolean high();
    }

    /** A level change on an input pin, with the moment it was seen. */
    @FunctionalInterface
    interface LevelListener {
        void changed(boolean high, Instant at);
    }
}
