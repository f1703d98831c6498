package org.motcua.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.motcua.kiosk.device.gpio.Boards;
import org.motcua.kiosk.device.gpio.FakeBoard;
import org.motcua.kiosk.device.gpio.GpioBoard;
import org.motcua.kiosk.device.gpio.Pi4jBoard;

/**
 * Asked for Pi4J where it cannot drive GPIO (this machine is no Raspberry Pi and has no Pi4J plugin), the kiosk
 * still starts, on the simulated board, and says so with DeviceStatusChanged(ok=false).
 */
class GpioFallbackTest {

    @Test
    void pi4jOnAMachineWithoutGpioFallsBackToTheSimulatedBoardAndSaysSo() {
        Boards.Opened opened = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Boards.open(true, () -> Pi4jBoard.open(Clock.systemUTC()), Duration.ofSeconds(20)));

        assertThat(opened.ok()).isFalse();
        assertThat(opened.board()).isInstanceOf(FakeBoard.class);
        assertThat(opened.detail()).contains("no GPIO provider");

        List<Object> events = new ArrayList<>();
        ButtonBoxes boxes = new ButtonBoxes(Boxes.properties(null, true), opened, new ManualTimer(), events::add);
        boxes.announce();
        assertThat(events).singleElement().isInstanceOfSatisfying(DeviceStatusChanged.class, s -> {
            assertThat(s.device()).isEqualTo(ButtonBoxes.GPIO);
            assertThat(s.ok()).isFalse();
            assertThat(s.detail()).contains("simulated board");
        });
        assertThat(boxes.boxes()).singleElement().satisfies(b -> {
            assertThat(b.simulated()).isTrue();
            assertThat(b.connected()).isFalse();
        });
    }

    @Test
    void aBoardThatTakesTooLongToOpenIsGivenUp() {
        Boards.Opened opened = Boards.open(true, () -> {
            Thread.sleep(Duration.ofMinutes(1));
            return new FakeBoard();
        }, Duration.ofMillis(200));
        assertThat(opened.ok()).isFalse();
        assertThat(opened.detail()).contains("took longer than");
    }

    @Test
    void aBoardThatOpensIsUsedAndTheSimulatedModeNeverTouchesPi4j() {
        GpioBoard real = new FakeBoard();
        assertThat(Boards.open(true, () -> real, Duration.ofSeconds(1))).satisfies(o -> {
            assertThat(o.ok()).isTrue();
            assertThat(o.board()).isSameAs(real);
        });

        AtomicBoolean tried = new AtomicBoolean();
        Boards.Opened simulated = Boards.open(false, () -> {
            tried.set(true);
            return real;
        }, Duration.ofSeconds(1));
        assertThat(tried).isFalse();
        assertThat(simulated.ok()).isTrue();
        assertThat(simulated.board()).isInstanceOf(FakeBoard.class).isNotSameAs(real);
    }
}
