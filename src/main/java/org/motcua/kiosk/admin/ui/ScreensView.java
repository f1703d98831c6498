package org.motcua.kiosk.admin.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.pairing.PairedScreen;
import org.motcua.kiosk.pairing.PairedScreens;
import org.motcua.kiosk.pairing.PairingException;
import org.motcua.kiosk.pairing.PairingRequest;
import org.motcua.kiosk.pairing.ScreenPurpose;

/**
 * Paired screens: an administrator pairs a counter's rating screen, or another kiosk screen on the LAN, by the code
 * it shows, and unpairs one that is lost or replaced. The screens waiting now are listed with their address and what
 * they ask to be, so that a code typed from a screen on the wall cannot pair somebody's laptop by mistake.
 */
@Route(value = "admin/screens", autoLayout = false)
@PageTitle("Màn hình ghép nối / Paired screens")
@RolesAllowed("ADMIN")
public class ScreensView extends BackOfficePage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private final PairedScreens screens;
    private final AuthenticationContext auth;
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Button pair;
    final Grid<PairingRequest> waiting = new Grid<>();
    final Grid<PairedScreen> paired = new Grid<>();

    public ScreensView(PairedScreens screens, AuthenticationContext auth) {
        super("backoffice.screens", auth);
        this.screens = screens;
        this.auth = auth;
        code.setId("pair-code");
        code.setLabel(getTranslation("backoffice.screens.code"));
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(10);
        code.getElement().setAttribute("inputmode", "numeric");
        name.setId("pair-name");
        name.setLabel(getTranslation("backoffice.screens.name"));
        name.setMaxLength(60);
        name.setHelperText(getTranslation("backoffice.screens.nameHelp"));
        pair = new Button(getTranslation("backoffice.screens.pair"), e -> pair());
        pair.addThemeName("primary");

        waiting.addColumn(PairingRequest::groupedCode).setHeader(getTranslation("backoffice.screens.code"));
        waiting.addColumn(this::what).setHeader(getTranslation("backoffice.screens.purpose"));
        waiting.addColumn(PairingRequest::address).setHeader(getTranslation("backoffice.screens.address"));
        waiting.addColumn(r -> WHEN.format(r.requestedAt())).setHeader(getTranslation("backoffice.screens.since"));
        waiting.setAllRowsVisible(true);

        paired.addColumn(PairedScreen::name).setHeader(getTranslation("backoffice.screens.name"));
        paired.addColumn(this::what).setHeader(getTranslation("backoffice.screens.purpose"));
        paired.addColumn(s -> WHEN.format(s.pairedAt()) + " — " + s.pairedBy())
                .setHeader(getTranslation("backoffice.screens.pairedAt"));
        paired.addColumn(s -> s.lastSeen() == null ? "—" : WHEN.format(s.lastSeen()))
                .setHeader(getTranslation("backoffice.screens.lastSeen"));
        paired.addComponentColumn(s -> {
            Button unpair = new Button(getTranslation("backoffice.screens.unpair"), e -> unpair(s));
            unpair.addThemeName("error");
            return unpair;
        }).setKey("unpair");
        paired.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("backoffice.screens.help")), code, name, pair,
                new H2(getTranslation("backoffice.screens.waiting")), waiting,
                new H2(getTranslation("backoffice.screens.paired")), paired);
        refresh();
    }

    private void pair() {
        try {
            PairedScreen s = screens.approve(code.getValue(), name.getValue(), auth.getPrincipalName().orElse("?"))
                    .screen();
            done("backoffice.screens.done", s.name());
            code.clear();
            name.clear();
        } catch (PairingException e) {
            refused(getTranslation("backoffice.screens.problem." + e.problem().name()));
        }
        refresh();
    }

    private void unpair(PairedScreen s) {
        screens.revoke(s.id(), auth.getPrincipalName().orElse("?"));
        done("backoffice.screens.unpaired", s.name());
        refresh();
    }

    private String what(PairingRequest r) {
        return what(r.purpose(), r.counter());
    }

    private String what(PairedScreen s) {
        return what(s.purpose(), s.counter());
    }

    private String what(ScreenPurpose purpose, Integer counter) {
        return purpose == ScreenPurpose.RATING
                ? getTranslation("backoffice.screens.rating", String.valueOf(counter))
                : getTranslation("backoffice.screens.kiosk");
    }

    void refresh() {
        waiting.setItems(screens.waiting());
        paired.setItems(screens.screens());
    }
}
