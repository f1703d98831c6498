package org.motcua.kiosk.queue.ui;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.kiosk.HomeView;
import org.motcua.kiosk.kiosk.KioskLayout;
import org.motcua.kiosk.queue.QueueRoutes;
import org.motcua.kiosk.queue.QueueViews.IssuedTicket;

/**
 * The number just taken, large: service, counters, people ahead, the estimated wait. Printing it is the printer's
 * job (it listens to TicketIssued); this screen is what the citizen sees either way.
 */
@Route(value = QueueRoutes.TAKE_NUMBER + "/ve/:id", layout = KioskLayout.class)
@PageTitle("Số thứ tự")
@AnonymousAllowed
public class TicketView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private IssuedTicket issued;

    public TicketView() {
        addClassName("kiosk-page");
        addClassName("kiosk-ticket");
    }

    /** The ticket this kiosk just issued; only the kiosk that issued it shows its details. */
    static void remember(IssuedTicket issued) {
        VaadinSession.getCurrent().setAttribute(IssuedTicket.class, issued);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        IssuedTicket last = VaadinSession.getCurrent().getAttribute(IssuedTicket.class);
        String id = event.getRouteParameters().get("id").orElse("");
        issued = last != null && last.ticket().id().toString().equals(id) ? last : null;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (issued == null) {
            add(new Paragraph(getTranslation("ticket.notFound")));
            return;
        }
        Span heading = new Span(getTranslation("ticket.heading"));
        heading.addClassName("kiosk-ticket-heading");
        Span number = new Span(issued.ticket().display());
        number.addClassName("kiosk-ticket-number");
        boolean english = "en".equals(getLocale().getLanguage());
        String serviceName = english && issued.service().nameEn() != null ? issued.service().nameEn()
                : issued.service().name();
        Div card = new Div(heading, number,
                line(getTranslation("ticket.service", serviceName)),
                line(getTranslation("ticket.counters",
                        issued.counters().stream().map(String::valueOf).collect(Collectors.joining(", ")))),
                line(getTranslation("ticket.ahead", issued.peopleAhead())),
                line(issued.peopleAhead() == 0 ? getTranslation("ticket.waitNone")
                        : getTranslation("ticket.wait", issued.estimatedWaitMinutes())));
        if (issued.ticket().isPriority()) {
            card.add(line(getTranslation("ticket.priority", getTranslation("priority." + issued.ticket().priority()))));
        }
        card.add(line(getTranslation("ticket.issuedAt", TIME.format(issued.ticket().issuedAt()))));
        card.addClassName("kiosk-ticket-card");
        Paragraph watch = new Paragraph(getTranslation("ticket.watch"));
        watch.addClassName("kiosk-hint");
        Button done = new Button(getTranslation("ticket.done"), e -> UI.getCurrent().navigate(HomeView.class));
        done.addClassName("kiosk-ticket-done");
        add(card, watch, done);
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("kiosk-ticket-line");
        return p;
    }
}
