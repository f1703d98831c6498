package org.motcua.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import org.motcua.kiosk.device.DeviceProperties.Box;

/** The defaults make one three-button box at counter 1 on the documented pins; wiring mistakes stop the start. */
class DevicePropertiesTest {

    private static DeviceProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("motcua.device", DeviceProperties.class);
    }

    @Test
    void theDefaultsAreOneSimulatedBoxOfThreeButtonsAtCounterOne() {
        DeviceProperties p = bind(Map.of());
        assertThat(p.mode()).isEqualTo(DeviceProperties.Mode.SIMULATED);
        assertThat(p.boxes()).containsExactly(new Box(1, 3, List.of(17, 27, 22), List.of(23, 24, 25)));
        assertThat(p.debounce()).isEqualTo(Duration.ofMillis(50));
        assertThat(p.minGap()).isEqualTo(Duration.ofMillis(300));
        assertThat(p.activeLow()).isTrue();
        assertThat(p.thankYou()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aBoxOfFiveTakesTheFiveDefaultPinsAndTwoBoxesNameTheirOwn() {
        DeviceProperties p = bind(Map.of("motcua.device.mode", "pi4j",
                "motcua.device.boxes[0].counter", "2", "motcua.device.boxes[0].buttons", "5",
                "motcua.device.boxes[1].counter", "3", "motcua.device.boxes[1].button-pins", "26,16,4",
                "motcua.device.boxes[1].led-pins", "19,20,21", "motcua.device.debounce", "30ms"));
        assertThat(p.mode()).isEqualTo(DeviceProperties.Mode.PI4J);
        assertThat(p.boxes()).containsExactly(new Box(2, 5, List.of(17, 27, 22, 5, 6), List.of(23, 24, 25, 12, 13)),
                new Box(3, 3, List.of(26, 16, 4), List.of(19, 20, 21)));
        assertThat(p.debounce()).isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void wiringMistakesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new Box(1, 6, null, null)).hasMessageContaining("3, 4 or 5");
        assertThatThrownBy(() -> new Box(1, 3, List.of(17, 27), null)).hasMessageContaining("2 button-pins");
        assertThatThrownBy(() -> Boxes.properties(List.of(new Box(1, 3, null, null), new Box(2, 3, null, null)), true))
                .hasMessageContaining("GPIO17 is used twice");
        assertThatThrownBy(() -> Boxes.properties(List.of(new Box(1, 3, null, null),
                new Box(1, 3, List.of(5, 6, 26), List.of(12, 13, 16))), true)).hasMessageContaining("two boxes at counter 1");
        assertThatThrownBy(() -> Boxes.properties(List.of(new Box(1, 3, List.of(17, 27, 40), null)), true))
                .hasMessageContaining("GPIO40");
    }
}
