package org.motcua.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.motcua.kiosk.device.gpio.Boards;
import org.motcua.kiosk.device.gpio.FakeBoard;

/**
 * A physical press makes exactly one RatingButtonPressed: bounces, glitches, a held button and a quick second press
 * do not make more. Played on the fake board with a manual clock; no test sleeps.
 */
class ButtonPressesTest {

    private final Boxes box = new Boxes();

    @Test
    void aCleanPressIsOneEventWithItsCounterAndButton() {
        box.time.advanceMillis(1000);
        var pressedAt = box.time.now().plusMillis(10);
        box.play(22, +10, -120);  // button 3, "Không hài lòng"
        box.time.advanceMillis(1000);

        assertThat(box.presses()).containsExactly(new RatingButtonPressed(1, 3, pressedAt));
    }

    @Test
    void theEventComesOnceTheContactHasRestedForTheDebounceTime() {
        box.play(17, +5);
        box.time.advanceMillis(49);
        assertThat(box.presses()).isEmpty();
        box.time.advanceMillis(1);
        assertThat(box.presses()).extracting(RatingButtonPressed::button).containsExactly(1);
    }

    @Test
    void aBouncingContactMakesOnePress() {
        // Closing: four flickers within 6 ms, then held; opening: flickers again.
        box.play(27, +100, -1, +2, -1, +2, -60, +1, -2);
        box.time.advanceMillis(1000);

        assertThat(box.presses()).hasSize(1);
        assertThat(box.presses().getFirst().button()).isEqualTo(2);
    }

    @Test
    void aGlitchShorterThanTheDebounceIsNoPress() {
        box.play(17, +100, -20, +500, -30);
        box.time.advanceMillis(1000);
        assertThat(box.presses()).isEmpty();
    }

    @Test
    void aHeldButtonIsOnePressUntilItIsLetGo() {
        box.play(17, +100);
        box.time.advance(Duration.ofSeconds(30));
        assertThat(box.presses()).hasSize(1);

        box.play(17, -10, +1000);
        box.time.advanceMillis(100);
        assertThat(box.presses()).hasSize(2);
    }

    @Test
    void aSecondPressWithinTheMinimumGapIsIgnoredOnAnyButtonOfTheBox() {
        box.play(17, +100, -80);   // accepted at 100 ms
        box.play(22, +120, -80);   // 200 ms later, another button: a hand sliding across
        box.play(17, +60, -80);    // 340 ms after the first: the gap is from accepted presses
        box.time.advanceMillis(500);

        assertThat(box.presses()).extracting(RatingButtonPressed::button).containsExactly(1, 1);
    }

    @Test
    void twoBoxesDoNotShareTheirGap() {
        var two = new Boxes(Boxes.properties(List.of(new DeviceProperties.Box(1, 3, null, null),
                new DeviceProperties.Box(2, 3, List.of(5, 6, 26), List.of(12, 13, 16))), true));
        two.board.press(17, two.time.now());
        two.board.press(26, two.time.now());
        two.time.advanceMillis(100);

        assertThat(two.presses()).containsExactlyInAnyOrder(new RatingButtonPressed(1, 1, two.time.now().minusMillis(100)),
                new RatingButtonPressed(2, 3, two.time.now().minusMillis(100)));
    }

    @Test
    void aButtonHeldWhenTheBoxStartsCountsOnlyAfterItIsLetGo() {
        FakeBoard board = new FakeBoard();
        board.holdBeforeStart(17);
        var timer = new ManualTimer();
        List<Object> events = new ArrayList<>();
        new ButtonBoxes(Boxes.properties(null, true), new Boards.Opened(board, true, "test board"), timer, events::add);
        timer.advanceMillis(1000);
        assertThat(events).noneMatch(RatingButtonPressed.class::isInstance);

        board.release(17, timer.now());
        timer.advanceMillis(100);
        board.press(17, timer.now());
        timer.advanceMillis(100);
        assertThat(events).filteredOn(RatingButtonPressed.class::isInstance).hasSize(1);
    }

    @Test
    void buttonsWiredTo3v3WithThePullDownWorkToo() {
        var high = new Boxes(Boxes.properties(null, false));
        high.play(22, +10, -100);  // button 3
        high.time.advanceMillis(500);
        assertThat(high.presses()).extracting(RatingButtonPressed::button).containsExactly(3);
    }
}
