package org.motcua.kiosk.queue.ui;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.Ticket;

/** The ticket at the counter, large: number, service, priority group, state; or a hint when there is none. */
class TicketCard extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(TimeConfiguration.VIETNAM);

    TicketCard() {
        addClassName("counter-current");
    }

    void show(Ticket ticket, Map<String, ServiceType> services, int thisCounter) {
        removeAll();
        if (ticket == null) {
            getElement().setAttribute("data-state", "EMPTY");
            add(new Paragraph(getTranslation("counter.current.none")));
            return;
        }
        getElement().setAttribute("data-state", ticket.state().name());
        Span number = new Span(ticket.display());
        number.addClassName("counter-current-number");
        Span state = new Span(getTranslation("counter.state." + ticket.state().name()));
        state.addClassName("counter-current-state");
        add(number, state, new Paragraph(ServiceNames.of(this, services, ticket.serviceId())));
        if (ticket.isPriority()) {
            Paragraph priority = new Paragraph(getTranslation("counter.priority",
                    getTranslation("priority." + ticket.priority().name())));
            priority.addClassName("counter-priority");
            add(priority);
        }
        if (ticket.calledAt() != null) {
            add(new Paragraph(getTranslation("counter.calledAt", ticket.callCount(), TIME.format(ticket.calledAt()))));
        }
        if (ticket.returnCounter() != null && ticket.returnCounter() != thisCounter) {
            add(new Paragraph(getTranslation("counter.returnsTo", ticket.returnCounter())));
        }
    }
}
