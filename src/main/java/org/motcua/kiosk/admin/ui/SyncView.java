package org.motcua.kiosk.admin.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.sync.SyncLink;
import org.motcua.kiosk.sync.SyncService;
import org.motcua.kiosk.sync.SyncStatus;
import org.motcua.kiosk.sync.SyncStatusChanged;

/**
 * How this kiosk's sync with the hub stands: the hub and how the link to it is protected (a warning when the token
 * would cross the network unencrypted or a trust store cannot be used), what waits and since when, what the hub has
 * acknowledged, the last success and the last error, the hub's catalogue applied; "Sync now". Kept current by push.
 */
@Route(value = "admin/sync", autoLayout = false)
@PageTitle("Đồng bộ / Sync")
@RolesAllowed("ADMIN")
public class SyncView extends BackOfficePage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);
    private static final List<String> FACTS = List.of("hub", "link", "kiosk", "backlog", "oldest", "acknowledged",
            "lastSuccess", "lastError", "nextAttempt", "catalog", "catalogChecked", "catalogError");

    private final SyncService sync;
    private final ScreenPush push;
    /** The value of each fact, by its name (as in the i18n key {@code sync.<name>}). */
    final Map<String, Span> values = new LinkedHashMap<>();
    final Button now;
    private final List<Registration> registrations = new ArrayList<>();

    public SyncView(SyncService sync, ScreenPush push, AuthenticationContext auth) {
        super("sync.title", auth);
        this.sync = sync;
        this.push = push;
        Div facts = new Div();
        facts.addClassName("admin-facts");
        for (String fact : FACTS) {
            Span label = new Span(getTranslation("sync." + fact));
            label.addClassName("admin-fact-label");
            Span value = new Span();
            value.addClassName("admin-fact-value");
            value.getElement().setAttribute("data-fact", fact);
            values.put(fact, value);
            facts.add(label, value);
        }
        now = new Button(getTranslation("sync.now"), e -> {
            sync.syncNow();
            done("sync.requested");
        });
        now.addThemeVariants(ButtonVariant.PRIMARY);
        now.setEnabled(sync.configured() && !sync.link().held());
        add(facts, now);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        registrations.add(push.register(event.getUI(), SyncStatusChanged.class, e -> refresh()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    void refresh() {
        SyncStatus s = sync.status();
        set("hub", s.configured() ? s.hubUrl() : getTranslation("sync.hub.none"));
        SyncLink link = sync.link();
        set("link", linkText(link));
        values.get("link").getElement().setAttribute("data-kind", link.warning() ? "error" : "past");
        set("kiosk", s.kioskId().isEmpty() ? getTranslation("sync.none") : s.kioskId());
        set("backlog", getTranslation("sync.count", s.backlog()));
        set("oldest", s.oldestWaiting() == null ? getTranslation("sync.none") : when(s.oldestWaiting()));
        set("acknowledged", getTranslation("sync.count", s.acknowledged()));
        set("lastSuccess", whenOrNever(s.lastSuccess()));
        set("lastError", s.lastErrorAt() == null ? getTranslation("sync.none")
                : getTranslation("sync.errorAt", when(s.lastErrorAt()), s.lastError()));
        set("nextAttempt", s.nextAttempt() == null ? getTranslation("sync.none") : when(s.nextAttempt()));
        set("catalog", s.catalogEtag() == null ? getTranslation("sync.never")
                : getTranslation("sync.catalogApplied", s.catalogEtag(), whenOrNever(s.catalogAppliedAt())));
        set("catalogChecked", whenOrNever(s.catalogCheckedAt()));
        set("catalogError", s.catalogErrorAt() == null ? getTranslation("sync.none")
                : getTranslation("sync.errorAt", when(s.catalogErrorAt()), s.catalogError()));
        values.get("lastError").getElement().setAttribute("data-kind",
                s.lastErrorAt() != null && (s.lastSuccess() == null || s.lastErrorAt().isAfter(s.lastSuccess()))
                        ? "error" : "past");
    }

    /** The link's protection; why the kiosk does not sync when its settings keep it from doing so. */
    private String linkText(SyncLink link) {
        return switch (link.kind()) {
            case NONE -> getTranslation("sync.none");
            case HTTPS -> link.trustStore().isEmpty() ? getTranslation("sync.link.httpsJdk")
                    : getTranslation("sync.link.httpsTrustStore", link.trustStore());
            case HTTP_LOOPBACK -> getTranslation("sync.link.loopback");
            case PLAIN_HTTP -> getTranslation("sync.link.plainHttp");
            case PLAIN_HTTP_REFUSED -> getTranslation("sync.link.plainHttpRefused");
            case TRUST_STORE_PROBLEM -> getTranslation("sync.link.trustStore." + link.problem().name().toLowerCase(
                    java.util.Locale.ROOT), link.trustStore())
                    + (link.detail().isEmpty() ? "" : " (" + link.detail() + ")");
        };
    }

    private void set(String fact, String text) {
        values.get(fact).setText(text);
    }

    private String whenOrNever(Instant t) {
        return t == null ? getTranslation("sync.never") : when(t);
    }

    private static String when(Instant t) {
        return WHEN.format(t);
    }
}
