package org.motcua.kiosk.queue;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.motcua.kiosk.base.TimeConfiguration;

/**
 * The warning the back office and the counter screens show while the clock cannot be trusted (see
 * {@link ClockCheck}): the time it says, the last record, and what to do, in Vietnamese and then in English whatever
 * the screen's language (whoever comes to fix the clock may read only one of them). Hidden while the clock is fine;
 * read anew each time the page is shown.
 */
public class ClockBanner extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private static final Locale VIETNAMESE = Locale.of("vi");

    private final ClockCheck check;
    private final Span vietnamese = new Span();
    private final Span english = new Span();

    public ClockBanner(ClockCheck check) {
        this.check = check;
        addClassName("clock-banner");
        getElement().setAttribute("role", "alert");
        vietnamese.getElement().setAttribute("lang", "vi");
        english.getElement().setAttribute("lang", "en");
        english.addClassName("clock-banner-second");
        add(vietnamese, english);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    public void refresh() {
        ClockCheck.ClockStatus s = check.status();
        String key = s.behind() ? (s.ticketsHeld() ? "clock.behind" : "clock.behindToday") : s.unsynced() ? "clock.unsynced" : null;
        String now = WHEN.format(s.now());
        String last = s.lastRecorded().map(WHEN::format).orElse("");
        vietnamese.setText(key == null ? "" : getTranslation(VIETNAMESE, key, now, last));
        english.setText(key == null ? "" : getTranslation(Locale.ENGLISH, key, now, last));
        setVisible(!s.ok());
        getElement().setAttribute("data-kind", s.ticketsHeld() ? "error" : "warning");
    }
}
