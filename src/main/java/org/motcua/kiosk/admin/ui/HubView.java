package org.motcua.kiosk.admin.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.hub.HubException;
import org.motcua.kiosk.hub.HubProperties;
import org.motcua.kiosk.hub.HubRegistry;
import org.motcua.kiosk.hub.HubRegistry.Kiosk;
import org.motcua.kiosk.hub.HubRegistry.Office;

/**
 * The hub's offices and kiosks: when each kiosk last called and sent, how many records it sent, which catalogue it
 * was served; add an office or a kiosk, issue a kiosk its token (shown here once), revoke it. A route on the hub only
 * ({@link HubRoutes} registers it in the hub profile).
 */
@PageTitle("Máy chủ tổng hợp / Hub")
@RolesAllowed("ADMIN")
public class HubView extends BackOfficePage implements BeforeEnterObserver {

    public static final String ROUTE = "admin/hub";
    static final String ISSUE = "issue";
    static final String REVOKE = "revoke";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private final HubRegistry registry;
    private final HubProperties properties;
    private final Clock clock;
    final Grid<Office> offices = new Grid<>();
    final Grid<Kiosk> kiosks = new Grid<>();
    final TextField officeCode = new TextField();
    final TextField officeName = new TextField();
    final TextField kioskId = new TextField();
    final Select<String> kioskOffice = new Select<>();
    final TextField kioskName = new TextField();
    /** The token just issued, once; empty and hidden otherwise. */
    final Div tokenBox = new Div();
    final TextField token = new TextField();
    private final H2 tokenTitle = new H2();
    private final Paragraph tokenHint = new Paragraph();

    public HubView(HubRegistry registry, HubProperties properties, Clock clock, AuthenticationContext auth) {
        super("hub.title", auth);
        // Ten columns of kiosks: the hub is looked after from a desktop screen, give them its width.
        addClassName("hub-page");
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;

        token.setReadOnly(true);
        token.setWidthFull();
        token.addClassName("hub-token");
        tokenBox.add(tokenTitle, token, tokenHint);
        tokenBox.addClassName("admin-note");
        tokenBox.setVisible(false);

        offices.addColumn(Office::code).setHeader(getTranslation("hub.office.code")).setAutoWidth(true);
        offices.addColumn(Office::name).setHeader(getTranslation("hub.office.name")).setFlexGrow(3);
        offices.setAllRowsVisible(true);
        officeCode.setLabel(getTranslation("hub.office.code"));
        officeCode.setHelperText(getTranslation("hub.office.codeHelp"));
        officeName.setLabel(getTranslation("hub.office.name"));
        Button addOffice = new Button(getTranslation("hub.office.add"), e -> addOffice());
        Div officeForm = new Div(new H2(getTranslation("hub.office.new")), officeCode, officeName, new Div(addOffice));
        officeForm.addClassName("admin-form");

        kiosks.addColumn(Kiosk::id).setHeader(getTranslation("hub.kiosk.id")).setAutoWidth(true);
        kiosks.addColumn(Kiosk::officeCode).setHeader(getTranslation("hub.kiosk.office")).setAutoWidth(true);
        kiosks.addColumn(Kiosk::name).setHeader(getTranslation("hub.kiosk.name")).setFlexGrow(2);
        kiosks.addColumn(k -> getTranslation("hub.token." + k.tokenState().name()))
                .setHeader(getTranslation("hub.kiosk.token")).setAutoWidth(true);
        kiosks.addColumn(k -> silent(k) ? getTranslation("hub.kiosk.silent", when(k.lastSeenAt())) : when(k.lastSeenAt()))
                .setHeader(getTranslation("hub.kiosk.lastSeen")).setAutoWidth(true);
        kiosks.setPartNameGenerator(k -> silent(k) ? "hub-silent" : null);
        kiosks.addColumn(k -> when(k.lastBatchAt())).setHeader(getTranslation("hub.kiosk.lastBatch"))
                .setAutoWidth(true);
        kiosks.addColumn(Kiosk::recordsReceived).setHeader(getTranslation("hub.kiosk.received")).setAutoWidth(true);
        kiosks.addColumn(k -> k.catalogEtag() == null ? "" : k.catalogEtag())
                .setHeader(getTranslation("hub.kiosk.catalog")).setAutoWidth(true);
        kiosks.addComponentColumn(k -> new Button(getTranslation(
                k.tokenState() == HubRegistry.TokenState.NONE ? "hub.token.issue" : "hub.token.reissue"),
                e -> issue(k))).setKey(ISSUE).setAutoWidth(true);
        kiosks.addComponentColumn(this::revokeButton).setKey(REVOKE).setAutoWidth(true);
        kiosks.setAllRowsVisible(true);

        kioskId.setLabel(getTranslation("hub.kiosk.id"));
        kioskId.setHelperText(getTranslation("hub.kiosk.idHelp"));
        kioskOffice.setLabel(getTranslation("hub.kiosk.office"));
        kioskName.setLabel(getTranslation("hub.kiosk.name"));
        Button addKiosk = new Button(getTranslation("hub.kiosk.add"), e -> addKiosk());
        addKiosk.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div kioskForm = new Div(new H2(getTranslation("hub.kiosk.new")), kioskId, kioskOffice, kioskName,
                new Div(addKiosk));
        kioskForm.addClassName("admin-form");

        add(tokenBox, new H2(getTranslation("hub.kiosks")), kiosks, kioskForm,
                new H2(getTranslation("hub.offices")), offices, officeForm);
    }

    /** Fresh figures at every visit, also when the page is opened again from itself (the nav, the hub's address). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private Button revokeButton(Kiosk k) {
        Button b = new Button(getTranslation("hub.token.revoke"), e -> revoke(k));
        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        b.setEnabled(k.tokenState() == HubRegistry.TokenState.ACTIVE);
        return b;
    }

    void addOffice() {
        try {
            Office o = registry.addOffice(officeCode.getValue(), officeName.getValue());
            done("hub.office.added", o.code());
            officeCode.clear();
            officeName.clear();
            refresh();
        } catch (HubException e) {
            refused(getTranslation(e.problem().messageKey()));
        }
    }

    void addKiosk() {
        try {
            Kiosk k = registry.addKiosk(kioskId.getValue(), kioskOffice.getValue(), kioskName.getValue());
            done("hub.kiosk.added", k.id());
            kioskId.clear();
            kioskName.clear();
            refresh();
        } catch (HubException e) {
            refused(getTranslation(e.problem().messageKey()));
        }
    }

    void issue(Kiosk k) {
        String issued = registry.issueToken(k.id());
        message.setText("");
        tokenTitle.setText(getTranslation("hub.token.shown", k.id()));
        token.setValue(issued);
        tokenHint.setText(getTranslation("hub.token.copyHint", k.id()));
        tokenBox.setVisible(true);
        refresh();
    }

    void revoke(Kiosk k) {
        registry.revoke(k.id());
        tokenBox.setVisible(false);
        token.clear();
        done("hub.token.revoked", k.id());
        refresh();
    }

    private void refresh() {
        var all = registry.offices();
        offices.setItems(all);
        kioskOffice.setItems(all.stream().map(Office::code).toList());
        kioskOffice.setItemLabelGenerator(code -> all.stream().filter(o -> o.code().equals(code)).findFirst()
                .map(o -> o.code() + " · " + o.name()).orElse(code));
        kiosks.setItems(registry.kiosks());
    }

    /**
     * A kiosk that should be calling (its token is in use) and has not for {@code motcua.hub.silent-after}: off, cut
     * off, or refused. Never called counts once its token is that old.
     */
    boolean silent(Kiosk k) {
        if (k.tokenState() != HubRegistry.TokenState.ACTIVE) {
            return false;
        }
        Instant since = k.lastSeenAt() != null ? k.lastSeenAt() : k.tokenIssuedAt();
        return since != null && since.plus(properties.silentAfter()).isBefore(clock.instant());
    }

    private String when(Instant at) {
        return at == null ? getTranslation("hub.kiosk.never") : WHEN.format(at);
    }
}
