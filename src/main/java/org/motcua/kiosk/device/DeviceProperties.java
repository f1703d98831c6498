package org.motcua.kiosk.device;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.device.*}. The defaults run on a laptop: a simulated board with one box of three buttons at counter
 * 1, on the pins of hardware/button-box.md, so the same box wired that way works on the Pi with only
 * {@code motcua.device.mode=PI4J}. Pins are BCM numbers ("GPIO17"), not header pin numbers.
 *
 * @param mode SIMULATED (in-memory board, buttons pressed from the back office) or PI4J (the Pi's GPIO)
 * @param boxes the button boxes, one per counter
 * @param debounce how long a button's level must stay put before it is believed; shorter flickers are contact bounce
 * @param minGap the least time between two accepted presses on one box; a quicker second press is ignored
 * @param activeLow buttons wired between the GPIO and GND with the internal pull-up (pressed reads low); false: wired
 *                  to 3.3 V with the internal pull-down
 * @param thankYou how long the pressed button's LED blinks before the box locks
 * @param blink how long the blinking LED stays on, and off
 * @param openTimeout how long Pi4J may take to start before the simulated board is used instead
 */
@ConfigurationProperties("motcua.device")
public record DeviceProperties(
        @DefaultValue("SIMULATED") Mode mode,
        List<Box> boxes,
        @DefaultValue("50ms") Duration debounce,
        @DefaultValue("300ms") Duration minGap,
        @DefaultValue("true") boolean activeLow,
        @DefaultValue("3s") Duration thankYou,
        @DefaultValue("250ms") Duration blink,
        @DefaultValue("10s") Duration openTimeout) {

    private static final Logger log = LoggerFactory.getLogger(DeviceProperties.class);

    /** The default buttons' pins (header pins 11, 13, 15, 29, 31), from button 1 (the best rating). */
    public static final List<Integer> DEFAULT_BUTTON_PINS = List.of(17, 27, 22, 5, 6);
    /** The default LEDs' pins (header pins 16, 18, 22, 32, 33), from button 1's LED. */
    public static final List<Integer> DEFAULT_LED_PINS = List.of(23, 24, 25, 12, 13);

    /** Pins with a job on most kiosks: ID EEPROM, I2C, SPI0, UART (console, serial printers). */
    private static final Map<Integer, String> BUSY_PINS = Map.ofEntries(
            Map.entry(0, "ID EEPROM"), Map.entry(1, "ID EEPROM"), Map.entry(2, "I2C SDA"), Map.entry(3, "I2C SCL"),
            Map.entry(7, "SPI0 CE1"), Map.entry(8, "SPI0 CE0"), Map.entry(9, "SPI0 MISO"), Map.entry(10, "SPI0 MOSI"),
            Map.entry(11, "SPI0 SCLK"), Map.entry(14, "UART TX"), Map.entry(15, "UART RX"));

    /** Where the GPIO comes from. */
    public enum Mode {
        /** The in-memory board: development, demonstrations, tests. */
        SIMULATED,
        /** The Raspberry Pi's GPIO through Pi4J (falls back to SIMULATED, and says so, when it cannot be opened). */
        PI4J
    }

    /**
     * One button box.
     *
     * @param counter the counter number it stands at
     * @param buttons how many buttons, 3 to 5; button 1 is the best rating
     * @param buttonPins the buttons' pins from button 1; empty: the first {@code buttons} of the default pins
     * @param ledPins the LEDs' pins from button 1's LED; empty: the first {@code buttons} of the default pins
     */
    public record Box(int counter, @DefaultValue("3") int buttons, List<Integer> buttonPins, List<Integer> ledPins) {

        public Box {
            if (counter < 1) {
                throw new IllegalArgumentException("motcua.device.boxes[].counter must be a counter number (1 or more), not " + counter);
            }
            if (buttons < 3 || buttons > 5) {
                throw new IllegalArgumentException("motcua.device.boxes[].buttons must be 3, 4 or 5, not " + buttons
                        + " (counter " + counter + ")");
            }
            buttonPins = buttonPins == null || buttonPins.isEmpty() ? DEFAULT_BUTTON_PINS.subList(0, buttons) : List.copyOf(buttonPins);
            ledPins = ledPins == null || ledPins.isEmpty() ? DEFAULT_LED_PINS.subList(0, buttons) : List.copyOf(ledPins);
            if (buttonPins.size() != buttons || ledPins.size() != buttons) {
                throw new IllegalArgumentException("motcua.device.boxes[]: counter " + counter + " has " + buttons
                        + " buttons but " + buttonPins.size() + " button-pins and " + ledPins.size() + " led-pins");
            }
        }
    }

    public DeviceProperties {
        if (boxes == null) {
            boxes = List.of(new Box(1, 3, null, null));
        }
        boxes = List.copyOf(boxes);
        if (debounce.isNegative() || minGap.isNegative()) {
            throw new IllegalArgumentException("motcua.device.debounce and min-gap cannot be negative");
        }
        if (thankYou.isNegative() || blink.isNegative() || blink.isZero() || openTimeout.isNegative() || openTimeout.isZero()) {
            throw new IllegalArgumentException("motcua.device.thank-you, blink and open-timeout must be positive");
        }
        Set<Integer> counters = new HashSet<>();
        Set<Integer> pins = new HashSet<>();
        for (Box box : boxes) {
            if (!counters.add(box.counter())) {
                throw new IllegalArgumentException("motcua.device.boxes: two boxes at counter " + box.counter());
            }
            for (int pin : concat(box.buttonPins(), box.ledPins())) {
                if (pin < 0 || pin > 27) {
                    throw new IllegalArgumentException("motcua.device.boxes: GPIO" + pin + " (counter " + box.counter()
                            + ") is not a header GPIO; use BCM numbers 0 to 27");
                }
                if (!pins.add(pin)) {
                    throw new IllegalArgumentException("motcua.device.boxes: GPIO" + pin + " is used twice (counter "
                            + box.counter() + "); give every button and LED its own pin");
                }
                if (BUSY_PINS.containsKey(pin)) {
                    log.warn("motcua.device.boxes: GPIO{} (counter {}) is the {} pin; it works only with that interface "
                            + "turned off. The free pins are listed in hardware/button-box.md.", pin, box.counter(), BUSY_PINS.get(pin));
                }
            }
        }
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
