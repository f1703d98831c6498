package org.motcua.kiosk.device.gpio;

import java.time.Clock;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.IOType;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;

/**
 * The Raspberry Pi's GPIO through Pi4J 4, the thin edge that only runs on the device: one context, inputs with a
 * listener, outputs. Pi4J finds its GPIO provider (the gpiod or FFM plugin) on the class path, which neither this
 * jar nor the appliance image has yet (no 4.x plugin can be had from the registry here: hardware/button-box.md). Never unit-tested here: there is no Pi and no Pi4J mock plugin (see STACK.md).
 */
public final class Pi4jBoard implements GpioBoard {

    private final Context pi4j;
    private final Clock clock;

    private Pi4jBoard(Context pi4j, Clock clock) {
        this.pi4j = pi4j;
        this.clock = clock;
    }

    /**
     * Starts Pi4J and checks that it can drive GPIO. Off a Pi (or without the plugin) Pi4J logs errors about
     * /proc/device-tree/model and comes up with no providers; that is reported as an exception to fall back on.
     */
    public static Pi4jBoard open(Clock clock) {
        Context pi4j = Pi4J.newAutoContext();
        if (!pi4j.hasProvider(IOType.DIGITAL_INPUT) || !pi4j.hasProvider(IOType.DIGITAL_OUTPUT)) {
            String found = String.join(", ", pi4j.providers().all().keySet());
            pi4j.shutdown();
            throw new IllegalStateException("Pi4J has no GPIO provider (providers found: "
                    + (found.isEmpty() ? "none" : found) + "): not a Raspberry Pi, or the Pi4J GPIO plugin "
                    + "(pi4j-plugin-gpiod or pi4j-plugin-ffm) is not on the class path");
        }
        return new Pi4jBoard(pi4j, clock);
    }

    @Override
    public DigitalIn input(int bcm, boolean pullUp, LevelListener listener) {
        DigitalInput in = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                .bcm(bcm)
                .id("motcua-in-" + bcm)
                .name("rating button GPIO" + bcm)
                .pull(pullUp ? PullResistance.PULL_UP : PullResistance.PULL_DOWN));
        // Pi4J's event carries no time: take it as soon as the event arrives.
        in.addListener(e -> listener.changed(e.state() == DigitalState.HIGH, clock.instant()));
        return in::isHigh;
    }

    @Override
    public DigitalOut output(int bcm) {
        DigitalOutput out = pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .bcm(bcm)
                .id("motcua-out-" + bcm)
                .name("rating LED GPIO" + bcm)
                .initial(DigitalState.LOW)
                .shutdown(DigitalState.LOW));
        return new DigitalOut() {
            @Override
            public void set(boolean high) {
                out.state(high ? DigitalState.HIGH : DigitalState.LOW);
            }

            @Override
            public boolean high() {
                return out.isHigh();
            }
        };
    }

    @Override
    public boolean simulated() {
        return false;
    }

    @Override
    public String describe() {
        var board = pi4j.boardInfo();
        return "Pi4J " + (board == null || board.getBoardModel() == null ? "GPIO" : board.getBoardModel().getLabel());
    }

    @Override
    public void close() {
        pi4j.shutdown();
    }
}
