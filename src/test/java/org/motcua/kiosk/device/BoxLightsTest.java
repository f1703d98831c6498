package org.motcua.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The LEDs of a box: LOCKED (off), READY (on), THANK_YOU (the pressed one blinks about 3 s), then LOCKED again. */
class BoxLightsTest {

    private static final List<Boolean> OFF = List.of(false, false, false);
    private static final List<Boolean> ON = List.of(true, true, true);

    private final Boxes box = new Boxes();

    private List<Boolean> leds() {
        return box.leds(23, 24, 25);
    }

    private BoxState state() {
        return box.boxes.box(1).orElseThrow().state();
    }

    @Test
    void lockedReadyThankYouAndLockedAgain() {
        assertThat(state()).isEqualTo(BoxState.LOCKED);
        assertThat(leds()).isEqualTo(OFF);

        box.boxes.show(1, BoxState.READY);
        assertThat(state()).isEqualTo(BoxState.READY);
        assertThat(leds()).isEqualTo(ON);

        box.boxes.thankYou(1, 2);
        assertThat(state()).isEqualTo(BoxState.THANK_YOU);
        assertThat(leds()).containsExactly(false, true, false);
        box.time.advanceMillis(250);
        assertThat(leds()).containsExactly(false, false, false);
        box.time.advanceMillis(250);
        assertThat(leds()).containsExactly(false, true, false);
        assertThat(state()).isEqualTo(BoxState.THANK_YOU);

        box.time.advanceMillis(2499);
        assertThat(state()).isEqualTo(BoxState.THANK_YOU);
        box.time.advanceMillis(1);
        assertThat(state()).isEqualTo(BoxState.LOCKED);
        assertThat(leds()).isEqualTo(OFF);
        box.time.advanceMillis(5000);
        assertThat(leds()).isEqualTo(OFF);
    }

    @Test
    void aNewStateStopsTheBlinking() {
        box.boxes.thankYou(1, 1);
        box.time.advanceMillis(600);
        box.boxes.show(1, BoxState.READY);
        box.time.advanceMillis(10_000);
        assertThat(state()).isEqualTo(BoxState.READY);
        assertThat(leds()).isEqualTo(ON);
    }

    @Test
    void thankYouWithoutAButtonBlinksThemAll() {
        box.boxes.show(1, BoxState.THANK_YOU);
        assertThat(leds()).isEqualTo(ON);
        box.time.advanceMillis(250);
        assertThat(leds()).isEqualTo(OFF);
        box.time.advanceMillis(3000);
        assertThat(state()).isEqualTo(BoxState.LOCKED);
    }

    @Test
    void aCounterWithoutABoxIsSkippedAndAButtonItDoesNotHaveIsRefused() {
        box.boxes.show(7, BoxState.READY);
        box.boxes.thankYou(7, 1);
        assertThat(box.boxes.box(7)).isEmpty();
        assertThatThrownBy(() -> box.boxes.thankYou(1, 4)).hasMessageContaining("buttons 1 to 3");
    }

    @Test
    void everyChangeIsAnnouncedForTheScreensThatShowTheBox() {
        box.events.clear();
        box.boxes.show(1, BoxState.READY);
        box.boxes.thankYou(1, 3);
        box.time.advanceMillis(250);

        List<ButtonBoxChanged> changes = box.events.stream().filter(ButtonBoxChanged.class::isInstance)
                .map(ButtonBoxChanged.class::cast).toList();
        assertThat(changes).extracting(c -> c.box().state())
                .containsExactly(BoxState.READY, BoxState.THANK_YOU, BoxState.THANK_YOU);
        assertThat(changes.getLast().box().lit()).isEqualTo(OFF);
        assertThat(changes.getFirst().box()).isEqualTo(new BoxInfo(1, 3, BoxState.READY, false, true, ON));
    }
}
