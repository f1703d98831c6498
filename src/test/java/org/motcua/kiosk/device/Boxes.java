package org.motcua.kiosk.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.motcua.kiosk.device.gpio.Boards;
import org.motcua.kiosk.device.gpio.FakeBoard;

/** Button boxes on a fake board and a manual timer, with every event they publish kept for the test. */
final class Boxes {

    final ManualTimer time = new ManualTimer();
    final FakeBoard board = new FakeBoard();
    final List<Object> events = new ArrayList<>();
    final ButtonBoxes boxes;

    Boxes(DeviceProperties properties) {
        boxes = new ButtonBoxes(properties, new Boards.Opened(board, true, "test board"), time, events::add);
    }

    /** The defaults: counter 1, three buttons on GPIO 17, 27, 22, LEDs on 23, 24, 25; 50 ms debounce, 300 ms gap. */
    Boxes() {
        this(properties(null, true));
    }

    static DeviceProperties properties(List<DeviceProperties.Box> boxes, boolean activeLow) {
        return new DeviceProperties(DeviceProperties.Mode.SIMULATED, boxes, Duration.ofMillis(50),
                Duration.ofMillis(300), activeLow, Duration.ofSeconds(3), Duration.ofMillis(250), Duration.ofSeconds(10));
    }

    List<RatingButtonPressed> presses() {
        return events.stream().filter(RatingButtonPressed.class::isInstance).map(RatingButtonPressed.class::cast).toList();
    }

    /** Presses and releases with the contact's flicker written as millisecond steps: +3 press, -2 release... */
    void play(int pin, int... steps) {
        for (int step : steps) {
            time.advanceMillis(Math.abs(step));
            if (step > 0) {
                board.press(pin, time.now());
            } else {
                board.release(pin, time.now());
            }
        }
    }

    List<Boolean> leds(int... pins) {
        List<Boolean> lit = new ArrayList<>();
        for (int pin : pins) {
            lit.add(board.isHigh(pin));
        }
        return lit;
    }
}
