package org.motcua.kiosk.queue.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.QueueViews.TicketStatus;

/**
 * What a ticket's QR code opens on the citizen's phone: the number, whether it waits (and how many are before it),
 * is called, served or done; kept current by push while the page is open.
 */
@Route(value = "ve/:id", autoLayout = false)
@PageTitle("Số thứ tự")
@AnonymousAllowed
public class TicketStatusView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final QueueService queue;
    private final QueueBroadcaster broadcaster;
    private UUID id;
    private Registration registration;
    private boolean drawn;
    private Shown shown;

    public TicketStatusView(QueueService queue, QueueBroadcaster broadcaster) {
        this.queue = queue;
        this.broadcaster = broadcaster;
        addClassName("ticket-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(TicketStatusView::uuid).orElse(null);
        drawn = false;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        registration = broadcaster.register(event.getUI(), e -> render());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopFollowing();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        Optional<TicketStatus> status = id == null ? Optional.empty() : queue.status(id);
        // A phone's page holds little: it is drawn again only when what it says changes, not at every queue event
        Shown now = status.map(s -> new Shown(getLocale(), s.ticket().state(), s.peopleAhead(), s.ticket().counter(),
                s.expired(), s.service() == null ? null : s.service().name())).orElse(null);
        if (drawn && java.util.Objects.equals(now, shown)) {
            return;
        }
        drawn = true;
        shown = now;
        removeAll();
        if (status.isEmpty()) {
            add(new H1(getTranslation("status.notFound")));
            return;
        }
        TicketStatus s = status.get();
        H1 number = new H1(getTranslation("status.title", s.ticket().display()));
        number.addClassName("ticket-status-number");
        Paragraph state;
        if (s.expired()) {
            // an earlier day's number is never called again: nothing to follow any more
            state = new Paragraph(getTranslation("status.expired", DAY.format(s.ticket().day())));
            state.getElement().setAttribute("data-state", "EXPIRED");
            stopFollowing();
        } else {
            state = new Paragraph(getTranslation("status.state." + s.ticket().state().name(),
                    s.ticket().state() == org.motcua.kiosk.queue.TicketState.WAITING ? s.peopleAhead()
                            : s.ticket().counter()));
            state.getElement().setAttribute("data-state", s.ticket().state().name());
        }
        state.addClassName("ticket-status-state");
        add(number, state);
        if (s.service() != null) {
            add(new Paragraph(getTranslation("status.service", s.service().name())));
        }
        add(new Paragraph(getTranslation("status.day", DAY.format(s.ticket().day()))));
    }

    private void stopFollowing() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    /** What the page says, to tell whether a queue event changed it. */
    private record Shown(java.util.Locale locale, org.motcua.kiosk.queue.TicketState state, int ahead, Integer counter,
                         boolean expired, String service) {
    }

    private static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
