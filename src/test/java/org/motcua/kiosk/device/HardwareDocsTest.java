package org.motcua.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

/** The wiring someone follows with a soldering iron matches the pins the application drives by default. */
class HardwareDocsTest {

    /** A pin-map row: | 1 | green | Rất hài lòng | GPIO17 | 11 | GPIO23 | 16 | */
    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d)[^|]*\\|[^|]*\\|[^|]*\\| GPIO(\\d+) \\| (\\d+) \\| GPIO(\\d+) \\| (\\d+) \\|$", Pattern.MULTILINE);
    /** BCM number -> header pin, for the GPIOs a box may use. */
    private static final int[] HEADER = new int[28];

    static {
        int[][] pairs = {{4, 7}, {5, 29}, {6, 31}, {12, 32}, {13, 33}, {16, 36}, {17, 11}, {22, 15}, {23, 16},
            {24, 18}, {25, 22}, {26, 37}, {27, 13}};
        for (int[] p : pairs) {
            HEADER[p[0]] = p[1];
        }
    }

    @Test
    void thePinMapInButtonBoxMdIsTheDefault() throws Exception {
        Matcher m = ROW.matcher(Files.readString(Path.of("hardware/button-box.md")));
        List<Integer> buttons = new ArrayList<>();
        List<Integer> leds = new ArrayList<>();
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(buttons.size() + 1);
            int button = Integer.parseInt(m.group(2));
            int led = Integer.parseInt(m.group(4));
            assertThat(Integer.parseInt(m.group(3))).as("header pin of GPIO%d", button).isEqualTo(HEADER[button]);
            assertThat(Integer.parseInt(m.group(5))).as("header pin of GPIO%d", led).isEqualTo(HEADER[led]);
            buttons.add(button);
            leds.add(led);
        }
        assertThat(buttons).isEqualTo(DeviceProperties.DEFAULT_BUTTON_PINS);
        assertThat(leds).isEqualTo(DeviceProperties.DEFAULT_LED_PINS);
    }

    @Test
    void theWiringDiagramIsWellFormedAndShowsTheDefaultPins() throws Exception {
        Path svg = Path.of("hardware/button-box-wiring.svg");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        String text = Files.readString(svg);
        for (int i = 0; i < 3; i++) {
            int button = DeviceProperties.DEFAULT_BUTTON_PINS.get(i);
            int led = DeviceProperties.DEFAULT_LED_PINS.get(i);
            assertThat(text).contains("GPIO" + button + " · chân/pin " + HEADER[button],
                    "GPIO" + led + " · chân/pin " + HEADER[led]);
        }
        assertThat(text).contains("Rất hài lòng", "Không hài lòng", "never put 5 V");
    }
}
