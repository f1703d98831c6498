package org.motcua.kiosk.queue;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import org.motcua.kiosk.base.TimeConfiguration;

/**
 * The warning the back office and the counter screens show while the clock cannot be trusted (see
 * {@link ClockCheck}): the time it says, the last record, and what to do. Hidden while the clock is fine; read anew
 * each time the page is shown.
 */
public class ClockBanner extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private final ClockCheck check;

    public ClockBanner(ClockCheck check) {
        this.check = check;
        addClassName("clock-banner");
        getElement().setAttribute("role", "alert");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    public void refresh() {
        ClockCheck.ClockStatus s = check.status();
        if (s.behind()) {
            String last = s.lastRecorded().map(WHEN::format).orElse("");
            setText(getTranslation(s.ticketsHeld() ? "clock.behind" : "clock.behindToday", WHEN.format(s.now()), last));
        } else if (s.unsynced()) {
            setText(getTranslation("clock.unsynced", WHEN.format(s.now())));
        } else {
            setText("");
        }
        setVisible(!s.ok());
        getElement().setAttribute("data-kind", s.ticketsHeld() ? "error" : "warning");
    }
}
