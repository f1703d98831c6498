package org.motcua.kiosk.device;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.motcua.kiosk.device.gpio.DeviceTimer;
import org.motcua.kiosk.device.gpio.GpioBoard;

/**
 * The buttons of one box: each debounced on its own, and a least gap between accepted presses on the whole box, so
 * a hand that slides across two buttons, or taps twice, rates once.
 */
final class BoxButtons {

    private static final Logger log = LoggerFactory.getLogger(BoxButtons.class);
    /** The timer may wake a hair early by the clock; never spin. */
    private static final Duration AT_LEAST = Duration.ofMillis(1);

    private final int counter;
    private final Duration debounce;
    private final Duration minGap;
    private final DeviceTimer timer;
    private final Consumer<RatingButtonPressed> pressed;
    private final List<Debouncer> buttons = new ArrayList<>();
    private Instant lastAccepted;

    BoxButtons(int counter, List<Integer> pins, GpioBoard board, boolean activeLow, Duration debounce, Duration minGap,
            DeviceTimer timer, Consumer<RatingButtonPressed> pressed) {
        this.counter = counter;
        this.debounce = debounce;
        this.minGap = minGap;
        this.timer = timer;
        this.pressed = pressed;
        for (int i = 0; i < pins.size(); i++) {
            int index = i;
            Debouncer[] made = new Debouncer[1];
            // The listener may fire as soon as the pin is claimed: until the debouncer exists, its level is read below.
            var in = board.input(pins.get(i), activeLow, (high, at) -> {
                if (made[0] != null) {
                    edge(index, made[0], high != activeLow, at);
                }
            });
            boolean down = in.high() != activeLow;
            if (down) {
                log.warn("Button {} of the box at counter {} (GPIO{}) is pressed at start-up: held down, stuck, or wired "
                        + "wrongly; it counts only after it is let go", index + 1, counter, pins.get(i));
            }
            made[0] = new Debouncer(debounce, down);
            buttons.add(made[0]);
        }
    }

    private void edge(int index, Debouncer button, boolean down, Instant at) {
        button.edge(down, at);
        timer.schedule(debounce, () -> settle(index, button));
    }

    private void settle(int index, Debouncer button) {
        Instant now = timer.now();
        button.settle(now).ifPresent(began -> accept(index + 1, began));
        button.pending(now).ifPresent(left -> timer.schedule(left.compareTo(AT_LEAST) < 0 ? AT_LEAST : left,
                () -> settle(index, button)));
    }

    private void accept(int button, Instant began) {
        synchronized (this) {
            if (lastAccepted != null && Duration.between(lastAccepted, began).compareTo(minGap) < 0) {
                log.debug("Counter {}: press on button {} ignored, {} after the last one", counter, button,
                        Duration.between(lastAccepted, began));
                return;
            }
            lastAccepted = began;
        }
        pressed.accept(new RatingButtonPressed(counter, button, began));
    }

    int count() {
        return buttons.size();
    }
}
