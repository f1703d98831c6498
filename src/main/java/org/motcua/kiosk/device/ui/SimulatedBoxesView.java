package org.motcua.kiosk.device.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.device.BoxInfo;
import org.motcua.kiosk.device.ButtonBoxChanged;
import org.motcua.kiosk.device.ButtonBoxes;
import org.motcua.kiosk.device.DeviceProperties;
import org.motcua.kiosk.device.DeviceRoutes;
import org.motcua.kiosk.device.gpio.DeviceTimer;
import org.motcua.kiosk.device.gpio.FakeBoard;
import org.motcua.kiosk.device.gpio.GpioBoard;

/**
 * The button boxes in the back office: each box's LEDs as they are now (kept current by push), and on the simulated
 * board its buttons, so the whole rating flow can be tried without hardware. A click is a press held a little longer
 * than the debounce, then let go, played on the simulated board, so it goes through the same debouncing as a finger.
 */
@Route(value = DeviceRoutes.DEVICES, autoLayout = false)
@PageTitle("Hộp nút đánh giá / Rating button boxes")
@RolesAllowed("ADMIN")
@StyleSheet("styles/device.css")
public class SimulatedBoxesView extends Div {

    private final ButtonBoxes boxes;
    private final ScreenPush push;
    final Paragraph status = new Paragraph();
    /** Each box's panel, by counter. */
    final Map<Integer, BoxPanel> panels = new HashMap<>();
    private final List<Registration> registrations = new ArrayList<>();

    public SimulatedBoxesView(ButtonBoxes boxes, DeviceProperties properties, GpioBoard board, DeviceTimer timer,
            ScreenPush push) {
        this.boxes = boxes;
        this.push = push;
        addClassNames("admin-page", "admin-wide", "device-page");
        add(new Div(new H1(getTranslation("device.title")), new Anchor("admin", getTranslation("device.back"))));
        var gpio = boxes.status();
        status.setText(!board.simulated() ? getTranslation("device.status.hardware", gpio.detail())
                : gpio.ok() ? getTranslation("device.status.simulated")
                : getTranslation("device.status.fallback", gpio.detail()));
        status.getElement().setAttribute("data-ok", String.valueOf(gpio.ok()));
        status.addClassName("device-status");
        add(status);
        Duration hold = properties.debounce().multipliedBy(2).plusMillis(50);
        for (DeviceProperties.Box config : properties.boxes()) {
            BoxPanel panel = new BoxPanel(config, board instanceof FakeBoard fake
                    ? pin -> fake.click(pin, hold, timer) : null);
            panels.put(config.counter(), panel);
            add(panel);
        }
        if (properties.boxes().isEmpty()) {
            add(new Paragraph(getTranslation("device.none")));
        }
        boxes.boxes().forEach(this::show);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        registrations.add(push.register(event.getUI(), ButtonBoxChanged.class, e -> show(e.box())));
        // What changed while the page was away.
        boxes.boxes().forEach(this::show);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void show(BoxInfo box) {
        BoxPanel panel = panels.get(box.counter());
        if (panel != null) {
            panel.show(box);
        }
    }

    /** One box: its counter, its state, and per button an LED and (simulated) a button. */
    static final class BoxPanel extends Div {

        final Span state = new Span();
        final List<Span> leds = new ArrayList<>();
        final List<Button> buttons = new ArrayList<>();

        BoxPanel(DeviceProperties.Box config, java.util.function.IntConsumer press) {
            addClassName("device-box");
            getElement().setAttribute("data-counter", String.valueOf(config.counter()));
            add(new H2(getTranslation("device.box", config.counter())), state);
            Div row = new Div();
            row.addClassName("device-buttons");
            for (int i = 0; i < config.buttons(); i++) {
                int pin = config.buttonPins().get(i);
                Span led = new Span();
                led.addClassNames("device-led", "device-led-" + (i + 1));
                Button button = new Button(getTranslation("device.button", i + 1), e -> press.accept(pin));
                button.setEnabled(press != null);
                button.getElement().setAttribute("data-button", String.valueOf(i + 1));
                leds.add(led);
                buttons.add(button);
                Div cell = new Div(led, button);
                cell.addClassName("device-cell");
                row.add(cell);
            }
            add(row);
        }

        void show(BoxInfo box) {
            getElement().setAttribute("data-state", box.state().name());
            state.setText(getTranslation("device.box.state", getTranslation("device.state." + box.state().name())));
            for (int i = 0; i < leds.size() && i < box.lit().size(); i++) {
                boolean lit = box.lit().get(i);
                leds.get(i).setText(getTranslation(lit ? "device.led.on" : "device.led.off", i + 1));
                leds.get(i).getElement().setAttribute("data-lit", String.valueOf(lit));
            }
        }
    }
}
