package org.motcua.kiosk.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.base.Notice;
import org.motcua.kiosk.kiosk.KioskLayout;
import org.motcua.kiosk.queue.QueueRoutes;

/**
 * What a phone or laptop on the office's LAN is told when it tries what belongs to the kiosk's own screen (and paired
 * kiosk screens): taking a queue number (every one is printed and called) or rating by a code. In Vietnamese and
 * English, with the way home; the public pages (procedures, a ticket's own page) stay open to them.
 */
@Route(value = QueueRoutes.KIOSK_ONLY + "/:what(lay-so|danh-gia)", layout = KioskLayout.class)
@PageTitle("Tại ki-ốt / At the kiosk")
@AnonymousAllowed
public class KioskOnlyView extends Div implements BeforeEnterObserver {

    private String what = "lay-so";

    public KioskOnlyView() {
        addClassName("kiosk-page");
        addClassName("kiosk-only");
    }

    /** Where to send a screen that may not take a number ("lay-so") or rate by a code ("danh-gia"). */
    static String route(String what) {
        return QueueRoutes.kioskOnly(what);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        what = event.getRouteParameters().get("what").orElse("lay-so");
        String key = what.equals("danh-gia") ? "kioskOnly.rate" : "kioskOnly.take";
        Button home = new Button(getTranslation("kioskOnly.home"), e -> UI.getCurrent().navigate(""));
        home.addClassName("kiosk-ticket-done");
        Notice.show(this, getTranslation(key + ".title"), getTranslation(key + ".text"), getTranslation(key + ".other"),
                home);
    }
}
