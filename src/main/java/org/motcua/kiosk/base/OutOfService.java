package org.motcua.kiosk.base;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/**
 * What a screen shows when something beneath it failed (the database, a full disk, a fault of the software): calm
 * words for whoever stands there, the way home, and "try again"; the page tries again by itself every
 * {@value #RETRY_SECONDS} s, so a hall board or a kiosk with nobody to press comes back on its own once the fault is
 * gone. What failed is in the back office ({@link Incidents}), never on this screen.
 */
public final class OutOfService {

    /** The kiosk's route of this page ({@link OutOfServiceView}); {@code ?tu=} the address to go back to. */
    public static final String ROUTE = "tam-ngung";
    static final String BACK = "tu";
    static final int RETRY_SECONDS = 30;

    private OutOfService() {
    }

    /** The page: {@code back} is where "try again" goes (a path of this server). */
    static void show(HasComponents page, String back) {
        String to = safe(back);
        Button home = new Button(translate(page, "outOfService.home"), e -> UI.getCurrent().getPage().setLocation("/"));
        home.addClassName("kiosk-ticket-done");
        Button again = new Button(translate(page, "outOfService.again"), e -> UI.getCurrent().getPage().setLocation(to));
        again.addClassName("out-of-service-again");
        Notice.show(page, translate(page, "outOfService.title"), translate(page, "outOfService.text"),
                translate(page, "outOfService.other"), home, again);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("setTimeout(function () { location.assign($0); }, $1);", to, RETRY_SECONDS * 1000);
        }
    }

    /** A path of this server, or "/": never another site ("//host", "http:…"). */
    static String safe(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.startsWith("/" + ROUTE) || back.length() > 500 || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }

    private static String translate(HasComponents page, String key) {
        return page.getElement().getComponent().map(c -> c.getTranslation(key)).orElse(key);
    }
}
