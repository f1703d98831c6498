package org.motcua.kiosk.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.motcua.kiosk.base.DataDisk;
import org.motcua.kiosk.base.IncidentBanner;
import org.motcua.kiosk.base.Incidents;
import org.motcua.kiosk.queue.ClockBanner;
import org.motcua.kiosk.queue.ClockCheck;

/** A back-office page: its title, the navigation, log out, and one line for what happened last. */
abstract class BackOfficePage extends Div {

    final Paragraph message = new Paragraph();

    BackOfficePage(String titleKey, AuthenticationContext auth) {
        addClassNames("admin-page", "admin-wide");
        Button logout = new Button(getTranslation("admin.logout"), e -> auth.logout());
        Div header = new Div(new H1(getTranslation(titleKey)), logout);
        header.addClassName("admin-header");
        message.addClassName("admin-note");
        message.getElement().setAttribute("role", "alert");
        add(header, new BackOfficeNav(), clockBanner(), incidentBanner(), message);
    }

    /**
     * The clock's warning (a kiosk's clock behind its last record, or never set from the network), on every back-office
     * page of a kiosk; the hub is a server with a clock of its own.
     */
    static Component clockBanner() {
        if (HubRoutes.onHub()) {
            return new Div();
        }
        return new ClockBanner(VaadinService.getCurrent().getInstantiator().getOrCreate(ClockCheck.class));
    }

    /** What failed beneath the screens in the last day, on every back-office page. */
    static Component incidentBanner() {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        return new IncidentBanner(instantiator.getOrCreate(Incidents.class), instantiator.getOrCreate(DataDisk.class),
                instantiator.getOrCreate(java.time.Clock.class));
    }

    void refused(String text) {
        message.setText(text);
        message.getElement().setAttribute("data-kind", "error");
    }

    void done(String key, Object... args) {
        message.setText(getTranslation(key, args));
        message.getElement().setAttribute("data-kind", "info");
    }

    /**
     * The domain's validation messages are written "vietnamese / english"; this shows the half in the screen's
     * language.
     */
    String inLanguage(String bilingual) {
        int cut = bilingual.indexOf(" / ");
        if (cut < 0) {
            return bilingual;
        }
        boolean english = "en".equals(getLocale().getLanguage());
        return english ? bilingual.substring(bilingual.lastIndexOf(" / ") + 3) : bilingual.substring(0, cut);
    }
}
