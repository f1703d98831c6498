package org.motcua.kiosk.device.gpio;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory board: tests and the simulated mode. It behaves like the wiring it stands for: an input rests at the
 * level of its pull resistor, a pressed button pulls it to the other rail (GND with a pull-up, 3.3 V with a
 * pull-down), and every change reaches the input's listener with the moment the caller gives, so bounces can be
 * played exactly.
 */
public final class FakeBoard implements GpioBoard {

    private record Input(boolean pullUp, LevelListener listener, boolean[] level) implements DigitalIn {
        @Override
        public boolean high() {
            synchronized (level) {
                return level[0];
            }
        }
    }

    private static final class Output implements DigitalOut {
        private volatile boolean high;

        @Override
        public void set(boolean high) {
            this.high = high;
        }

        @Override
        public boolean high() {
            return high;
        }
    }

    private final Map<Integer, Input> inputs = new ConcurrentHashMap<>();
    private final Map<Integer, Output> outputs = new ConcurrentHashMap<>();
    private final java.util.Set<Integer> heldFromStart = ConcurrentHashMap.newKeySet();

    @Override
    public DigitalIn input(int bcm, boolean pullUp, LevelListener listener) {
        claim(bcm);
        boolean held = heldFromStart.remove(bcm);
        Input in = new Input(pullUp, listener, new boolean[] {held != pullUp});
        inputs.put(bcm, in);
        return in;
    }

    @Override
    public DigitalOut output(int bcm) {
        claim(bcm);
        Output out = new Output();
        outputs.put(bcm, out);
        return out;
    }

    private void claim(int bcm) {
        if (inputs.containsKey(bcm) || outputs.containsKey(bcm)) {
            throw new IllegalStateException("GPIO" + bcm + " is already in use");
        }
    }

    /** The button on this pin is already down when the pin is claimed: held, stuck, or wired wrongly. */
    public void holdBeforeStart(int bcm) {
        heldFromStart.add(bcm);
    }

    /** The button on this pin closes: the pin goes to the rail opposite its pull resistor. */
    public void press(int bcm, Instant at) {
        Input in = in(bcm);
        drive(in, !in.pullUp(), at);
    }

    /** The button on this pin opens: the pull resistor brings the pin back. */
    public void release(int bcm, Instant at) {
        Input in = in(bcm);
        drive(in, in.pullUp(), at);
    }

    private static void drive(Input in, boolean high, Instant at) {
        synchronized (in.level()) {
            if (in.level()[0] == high) {
                return;
            }
            in.level()[0] = high;
        }
        in.listener().changed(high, at);
    }

    private Input in(int bcm) {
        Input in = inputs.get(bcm);
        if (in == null) {
            throw new IllegalArgumentException("GPIO" + bcm + " is not an input");
        }
        return in;
    }

    /**
     * A press held for {@code hold}, then let go: what a finger does. The release comes from the timer, so the
     * debouncing sees a real press.
     */
    public void click(int bcm, java.time.Duration hold, DeviceTimer timer) {
        press(bcm, timer.now());
        timer.schedule(hold, () -> release(bcm, timer.now()));
    }

    /** The level an output drives now (an LED on a high pin is lit). */
    public boolean isHigh(int bcm) {
        Output out = outputs.get(bcm);
        if (out == null) {
            throw new IllegalArgumentException("GPIO" + bcm + " is not an output");
        }
        return out.high();
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public String describe() {
        return "simulated board";
    }

    @Override
    public void close() {
        outputs.values().forEach(o -> o.set(false));
    }
}
