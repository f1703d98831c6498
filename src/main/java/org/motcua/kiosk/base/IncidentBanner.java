package org.motcua.kiosk.base;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * On every back-office page: what failed beneath the screens in the last day ({@link Incidents}), newest first, in
 * words (the disk is full, the database does not answer, …), where, and one technical line for whoever fixes it;
 * and a warning while the data's disk is nearly full ({@link DataDisk}). Hidden when all is well.
 */
public class IncidentBanner extends Div {

    static final Duration SHOWN_FOR = Duration.ofDays(1);
    static final int SHOWN = 5;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM").withZone(TimeConfiguration.VIETNAM);

    private final Incidents incidents;
    private final DataDisk disk;
    private final java.time.Clock clock;

    public IncidentBanner(Incidents incidents, DataDisk disk, java.time.Clock clock) {
        this.incidents = incidents;
        this.disk = disk;
        this.clock = clock;
        addClassName("incident-banner");
        getElement().setAttribute("role", "alert");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    public void refresh() {
        removeAll();
        List<Incidents.Incident> recent = incidents.recent().stream()
                .filter(i -> i.at().isAfter(clock.instant().minus(SHOWN_FOR))).toList();
        DataDisk.Room room = disk.room();
        setVisible(!recent.isEmpty() || room.low());
        if (room.low()) {
            Paragraph full = new Paragraph(getTranslation("incident.diskLow", room.usableMb(), room.usablePercent()));
            full.addClassName("incident-disk");
            add(full);
        }
        if (recent.isEmpty()) {
            return;
        }
        add(new Paragraph(getTranslation("incident.title", recent.size())));
        UnorderedList list = new UnorderedList();
        for (Incidents.Incident i : recent.stream().limit(SHOWN).toList()) {
            Span words = new Span(WHEN.format(i.at()) + " — " + getTranslation("incident." + i.kind().name())
                    + " — " + getTranslation("incident.where", i.where()));
            Span detail = new Span(i.summary());
            detail.addClassName("incident-detail");
            ListItem item = new ListItem(words, detail);
            item.getElement().setAttribute("data-kind", i.kind().name());
            list.add(item);
        }
        add(list);
    }
}
