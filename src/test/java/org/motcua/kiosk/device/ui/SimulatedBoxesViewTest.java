package org.motcua.kiosk.device.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.motcua.kiosk.device.BoxState;
import org.motcua.kiosk.device.ButtonBoxes;
import org.motcua.kiosk.device.DeviceRoutes;
import org.motcua.kiosk.device.ManualTimer;
import org.motcua.kiosk.device.RatingButtonPressed;
import org.motcua.kiosk.device.gpio.DeviceTimer;
import org.motcua.kiosk.support.KaribuHarness;

/**
 * The whole button-box flow without hardware: the back office's simulated box shows its lights as the survey sets
 * them (by push), and a click on a button there is one debounced RatingButtonPressed. The device timer is a manual
 * one, so the debounce and the blinking pass without waiting.
 */
@Import(SimulatedBoxesViewTest.ManualDeviceTime.class)
@RecordApplicationEvents
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SimulatedBoxesViewTest extends KaribuHarness {

    @TestConfiguration
    static class ManualDeviceTime {
        @Bean
        @Primary
        ManualTimer manualDeviceTimer() {
            return new ManualTimer();
        }
    }

    @Autowired
    ManualTimer time;
    @Autowired
    DeviceTimer timerInUse;
    @Autowired
    ButtonBoxes boxes;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void asAdministrator() {
        loginAs("admin", "ADMIN");
        boxes.show(1, BoxState.LOCKED);
        UI.getCurrent().navigate(DeviceRoutes.DEVICES);
    }

    private SimulatedBoxesView view() {
        return (SimulatedBoxesView) currentView();
    }

    private void roundTrip() {
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void theDefaultBoxIsShownOnTheSimulatedBoard() {
        assertThat(timerInUse).isSameAs(time);
        assertThat(screenText()).contains("Hộp nút đánh giá", "Bảng mạch mô phỏng", "Quầy 1",
                "Trạng thái: Đã khóa (đèn tắt)", "Nút 1", "Nút 2", "Nút 3", "Đèn 1: tắt");
        assertThat(view().panels.get(1).buttons).allMatch(Button::isEnabled);
    }

    @Test
    void theLightsFollowTheBoxByPush() {
        boxes.show(1, BoxState.READY);
        roundTrip();
        var panel = view().panels.get(1);
        assertThat(text(panel)).contains("Sẵn sàng (đèn sáng: mời bấm)", "Đèn 1: sáng", "Đèn 2: sáng", "Đèn 3: sáng");

        boxes.thankYou(1, 1);
        roundTrip();
        assertThat(panel.getElement().getAttribute("data-state")).isEqualTo("THANK_YOU");
        assertThat(text(panel)).contains("Đèn 1: sáng", "Đèn 2: tắt");
        time.advance(Duration.ofMillis(250));
        roundTrip();
        assertThat(text(panel)).contains("Đèn 1: tắt");

        time.advance(Duration.ofSeconds(3));
        roundTrip();
        assertThat(panel.getElement().getAttribute("data-state")).isEqualTo("LOCKED");
    }

    @Test
    void aClickIsOneDebouncedPressOfThatButton() {
        time.advance(Duration.ofSeconds(5));  // clear of the previous test's presses
        _click(_get(Button.class, spec -> spec.withText("Nút 2")));
        time.advance(Duration.ofSeconds(1));

        assertThat(events.stream(RatingButtonPressed.class))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.counter()).isEqualTo(1);
                    assertThat(p.button()).isEqualTo(2);
                });
    }
}
