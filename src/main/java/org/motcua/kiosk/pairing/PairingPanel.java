package org.motcua.kiosk.pairing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.base.ScreenTimer;

/**
 * What an unpaired screen shows: that it is not paired, the code an administrator types in the back office
 * ("Màn hình ghép nối"), in Vietnamese and English. A code is asked for when the panel is shown and again before it
 * expires; once an administrator has paired it, the browser collects its secret and comes back to its page.
 */
public class PairingPanel extends Div {

    /** A new code this long after the last: before the old one expires, so the one shown always works. */
    static final Duration RENEW = PairedScreens.REQUEST_LIFETIME.minus(Duration.ofMinutes(1));

    private final PairedScreens screens;
    private final ScreenPush push;
    private final ScreenTimer timer;
    private final ScreenAccess access;
    private final ScreenPurpose purpose;
    private final Integer counter;
    private final String returnPath;
    private final List<Registration> registrations = new ArrayList<>();
    private Registration renewal;
    final Span code = new Span();
    private String shownCode;

    public PairingPanel(PairedScreens screens, ScreenAccess access, ScreenPush push, ScreenTimer timer,
                        ScreenPurpose purpose, Integer counter, String returnPath) {
        this.screens = screens;
        this.access = access;
        this.push = push;
        this.timer = timer;
        this.purpose = purpose;
        this.counter = counter;
        this.returnPath = returnPath;
        addClassName("pairing-panel");
        code.addClassName("pairing-code");
        String what = purpose == ScreenPurpose.RATING
                ? getTranslation("pairing.what.rating", String.valueOf(counter))
                : getTranslation("pairing.what.kiosk");
        Paragraph english = new Paragraph(getTranslation("pairing.english"));
        english.addClassName("pairing-english");
        english.getElement().setAttribute("lang", "en");
        add(new H1(getTranslation("pairing.title")), new Paragraph(what), code,
                new Paragraph(getTranslation("pairing.how")), english);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        registrations.add(push.register(ui, ScreenPaired.class, paired -> {
            if (paired.requestCode().equals(shownCode)) {
                ui.getPage().setLocation(paired.claimPath());
            }
        }));
        renew(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
        if (renewal != null) {
            renewal.remove();
            renewal = null;
        }
        // the page is gone (closed, or its browser lost): the code it showed must not stay listed in the back office
        screens.withdraw(shownCode);
        shownCode = null;
    }

    private void renew(UI ui) {
        screens.withdraw(shownCode);
        PairingRequest request = screens.request(purpose, counter, access.address(), returnPath);
        shownCode = request.code();
        code.setText(request.groupedCode());
        renewal = timer.schedule(ui, RENEW, () -> renew(ui));
    }

    /** The code shown now (tests read it as an administrator would read the screen). */
    public String shownCode() {
        return shownCode;
    }
}
