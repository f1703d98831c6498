package org.motcua.kiosk.pairing;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.base.ScreenTimer;

/**
 * Opened on a second kiosk screen on the LAN (a tablet by another door): the code an administrator types to make it
 * a kiosk screen, which may then issue tickets and take ratings by code. On the kiosk's own screen, or one already
 * paired, it says so.
 */
@Route(value = "ghep-noi-ki-ot", autoLayout = false)
@PageTitle("Ghép nối màn hình ki-ốt / Pair a kiosk screen")
@AnonymousAllowed
public class PairKioskView extends Div implements BeforeEnterObserver {

    private final PairedScreens screens;
    private final ScreenAccess access;
    private final ScreenPush push;
    private final ScreenTimer timer;

    public PairKioskView(PairedScreens screens, ScreenAccess access, ScreenPush push, ScreenTimer timer) {
        this.screens = screens;
        this.access = access;
        this.push = push;
        this.timer = timer;
        addClassName("pairing-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (access.isKioskScreen()) {
            add(new H1(getTranslation("pairing.kiosk.already")), new Anchor("", getTranslation("pairing.home")));
            return;
        }
        add(new PairingPanel(screens, access, push, timer, ScreenPurpose.KIOSK, null, "/"));
    }
}
