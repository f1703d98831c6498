package org.motcua.kiosk.admin.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.motcua.kiosk.appliance.ClockSettings;
import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.queue.ClockCheck;

/**
 * The machine's clock: the time it says, the last record, whether it was set from the network, and setting it by
 * hand (a Pi has no battery clock and an office may have no network for days). Every change is recorded and listed.
 */
@Route(value = "admin/clock", autoLayout = false)
@PageTitle("Đồng hồ / Clock")
@RolesAllowed("ADMIN")
public class ClockView extends BackOfficePage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private final ClockSettings settings;
    private final AuthenticationContext auth;
    private final Clock clock;
    final Paragraph now = new Paragraph();
    final Paragraph last = new Paragraph();
    final Paragraph sync = new Paragraph();
    final DateTimePicker picker = new DateTimePicker();
    final Button set;
    final Grid<ClockSettings.Change> changes = new Grid<>();

    public ClockView(ClockSettings settings, AuthenticationContext auth, Clock clock) {
        super("backoffice.clock", auth);
        this.settings = settings;
        this.auth = auth;
        this.clock = clock;
        picker.setLabel(getTranslation("backoffice.clock.new"));
        picker.setStep(java.time.Duration.ofMinutes(1));
        picker.setLocale(getLocale());
        set = new Button(getTranslation("backoffice.clock.set"), e -> setTime());
        set.addThemeName("primary");
        changes.addColumn(c -> WHEN.format(c.setTo())).setHeader(getTranslation("backoffice.clock.setTo"));
        changes.addColumn(c -> WHEN.format(c.clockBefore())).setHeader(getTranslation("backoffice.clock.before"));
        changes.addColumn(ClockSettings.Change::changedBy).setHeader(getTranslation("backoffice.clock.by"));
        changes.setAllRowsVisible(true);
        add(now, last, sync, new Paragraph(getTranslation("backoffice.clock.help")), picker, set,
                new H2(getTranslation("backoffice.clock.changes")), changes);
        refresh();
    }

    private void setTime() {
        LocalDateTime chosen = picker.getValue();
        try {
            settings.set(chosen, auth.getPrincipalName().orElse("?"));
            done("backoffice.clock.done", chosen == null ? "" : WHEN.format(chosen.atZone(clock.getZone())));
        } catch (ClockSettings.Refused r) {
            refused("en".equals(getLocale().getLanguage()) ? r.en() : r.vi());
        }
        refresh();
    }

    void refresh() {
        ClockCheck.ClockStatus s = settings.status();
        now.setText(getTranslation("backoffice.clock.now", WHEN.format(s.now())));
        last.setText(s.lastRecorded().map(l -> getTranslation("backoffice.clock.last", WHEN.format(l)))
                .orElse(getTranslation("backoffice.clock.noRecord")));
        sync.setText(getTranslation(s.unsynced() ? "backoffice.clock.unsynced" : "backoffice.clock.synced"));
        picker.setValue(LocalDateTime.ofInstant(s.now(), clock.getZone()).withSecond(0).withNano(0));
        changes.setItems(settings.changes(20));
        getChildren().filter(c -> c instanceof org.motcua.kiosk.queue.ClockBanner)
                .forEach(c -> ((org.motcua.kiosk.queue.ClockBanner) c).refresh());
    }
}
