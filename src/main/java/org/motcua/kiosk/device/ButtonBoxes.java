package org.motcua.kiosk.device;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

import org.motcua.kiosk.device.gpio.Boards;
import org.motcua.kiosk.device.gpio.DeviceTimer;
import org.motcua.kiosk.device.gpio.GpioBoard;

/**
 * The rating button boxes, one per configured counter: their presses come out as {@link RatingButtonPressed}, and
 * this is where the survey tells a box what its LEDs show. A counter without a box is quietly skipped, so callers
 * need not know which counters have one.
 */
public class ButtonBoxes {

    /** The device name in {@link DeviceStatusChanged} for the boxes' GPIO. */
    public static final String GPIO = "gpio";

    private static final Logger log = LoggerFactory.getLogger(ButtonBoxes.class);

    private record Box(int counter, BoxButtons buttons, BoxLights lights) {
    }

    private final Map<Integer, Box> boxes = new TreeMap<>();
    private final GpioBoard board;
    private final DeviceStatusChanged status;
    private final DeviceTimer timer;
    private final ApplicationEventPublisher events;

    ButtonBoxes(DeviceProperties properties, Boards.Opened gpio, DeviceTimer timer, ApplicationEventPublisher events) {
        this.board = gpio.board();
        this.timer = timer;
        this.events = events;
        this.status = new DeviceStatusChanged(GPIO, gpio.ok(), gpio.detail(), timer.now());
        for (DeviceProperties.Box config : properties.boxes()) {
            int counter = config.counter();
            BoxButtons buttons = new BoxButtons(counter, config.buttonPins(), board, properties.activeLow(),
                    properties.debounce(), properties.minGap(), timer, events::publishEvent);
            List<GpioBoard.DigitalOut> leds = new ArrayList<>();
            config.ledPins().forEach(pin -> leds.add(board.output(pin)));
            BoxLights lights = new BoxLights(leds, timer, properties.thankYou(), properties.blink(), () -> changed(counter));
            boxes.put(counter, new Box(counter, buttons, lights));
        }
        log.info("Button boxes at counters {} on the {}", boxes.keySet(), board.describe());
    }

    /** Shows LOCKED, READY, or THANK_YOU with every LED blinking. */
    public void show(int counter, BoxState state) {
        box(counter, "show " + state).ifPresent(b -> b.lights().show(state));
    }

    /** The pressed button's LED blinks for a few seconds, then the box locks. */
    public void thankYou(int counter, int button) {
        box(counter, "thank you").ifPresent(b -> b.lights().thankYou(button));
    }

    /** Every box, by counter. */
    public List<BoxInfo> boxes() {
        return boxes.values().stream().map(this::info).sorted(Comparator.comparingInt(BoxInfo::counter)).toList();
    }

    /** The box at this counter, if there is one. */
    public Optional<BoxInfo> box(int counter) {
        return Optional.ofNullable(boxes.get(counter)).map(this::info);
    }

    /** The GPIO's status since start-up (the same as announced by {@link DeviceStatusChanged}). */
    public DeviceStatusChanged status() {
        return status;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        events.publishEvent(status);
    }

    private Optional<Box> box(int counter, String what) {
        Box box = boxes.get(counter);
        if (box == null) {
            log.debug("No button box at counter {} to {}", counter, what);
        }
        return Optional.ofNullable(box);
    }

    private void changed(int counter) {
        Box box = boxes.get(counter);
        if (box != null) {
            events.publishEvent(new ButtonBoxChanged(info(box), timer.now()));
        }
    }

    private BoxInfo info(Box box) {
        return new BoxInfo(box.counter(), box.buttons().count(), box.lights().state(), !board.simulated(),
                board.simulated(), box.lights().lit());
    }
}
