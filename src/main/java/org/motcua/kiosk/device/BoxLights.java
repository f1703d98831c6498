package org.motcua.kiosk.device;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.motcua.kiosk.device.gpio.DeviceTimer;
import org.motcua.kiosk.device.gpio.GpioBoard.DigitalOut;

/**
 * The LEDs of one box as a small state machine: LOCKED (all off), READY (all on), THANK_YOU (the pressed button's
 * LED blinks, then LOCKED by itself). A new state always wins over a blink still running.
 */
final class BoxLights {

    private final List<DigitalOut> leds;
    private final DeviceTimer timer;
    private final Duration thankYou;
    private final Duration blink;
    private final Runnable changed;
    private BoxState state = BoxState.LOCKED;
    /** Counts state changes, so a blink step left over from an earlier THANK_YOU does nothing. */
    private long generation;

    BoxLights(List<DigitalOut> leds, DeviceTimer timer, Duration thankYou, Duration blink, Runnable changed) {
        this.leds = List.copyOf(leds);
        this.timer = timer;
        this.thankYou = thankYou;
        this.blink = blink;
        this.changed = changed;
        synchronized (this) {
            light(-1, false);
        }
    }

    /** THANK_YOU without a button blinks them all. */
    void show(BoxState next) {
        switch (next) {
            case LOCKED -> set(BoxState.LOCKED, -1, false);
            case READY -> set(BoxState.READY, -1, true);
            case THANK_YOU -> thank(-1);
        }
    }

    /** @param button 1-based */
    void thankYou(int button) {
        if (button < 1 || button > leds.size()) {
            throw new IllegalArgumentException("This box has buttons 1 to " + leds.size() + ", not " + button);
        }
        thank(button - 1);
    }

    private void thank(int index) {
        long mine;
        synchronized (this) {
            mine = ++generation;
            state = BoxState.THANK_YOU;
            light(index, true);
        }
        changed.run();
        Instant end = timer.now().plus(thankYou);
        timer.schedule(blink, () -> step(mine, index, end));
    }

    private void step(long mine, int index, Instant end) {
        synchronized (this) {
            if (mine != generation) {
                return;
            }
            if (!timer.now().isBefore(end)) {
                generation++;
                state = BoxState.LOCKED;
                light(-1, false);
            } else {
                boolean on = !(index < 0 ? leds.getFirst() : leds.get(index)).high();
                light(index, on);
                timer.schedule(blink, () -> step(mine, index, end));
            }
        }
        changed.run();
    }

    private void set(BoxState next, int index, boolean on) {
        synchronized (this) {
            generation++;
            state = next;
            light(index, on);
        }
        changed.run();
    }

    /** Lights one LED (index) or all (-1) at {@code on}, and puts the others out. */
    private void light(int index, boolean on) {
        for (int i = 0; i < leds.size(); i++) {
            leds.get(i).set((index < 0 || i == index) && on);
        }
    }

    synchronized BoxState state() {
        return state;
    }

    synchronized List<Boolean> lit() {
        return leds.stream().map(DigitalOut::high).toList();
    }
}
