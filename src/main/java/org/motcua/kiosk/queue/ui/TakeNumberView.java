package org.motcua.kiosk.queue.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.kiosk.KioskLayout;
import org.motcua.kiosk.printing.TicketPrinter;
import org.motcua.kiosk.queue.QueueException;
import org.motcua.kiosk.queue.QueueRoutes;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.QueueViews.ServiceStatus;

/** First tap of "Lấy số": the services, each with its letter, who is waiting, and whether it issues numbers now. */
@Route(value = QueueRoutes.TAKE_NUMBER, layout = KioskLayout.class)
@PageTitle("Lấy số thứ tự")
@AnonymousAllowed
public class TakeNumberView extends Div implements LocaleChangeObserver, BeforeEnterObserver {

    private final QueueService queue;
    private final TicketPrinter printer;
    private final TicketIssuing issuing;

    public TakeNumberView(QueueService queue, TicketPrinter printer, TicketIssuing issuing) {
        this.queue = queue;
        this.printer = printer;
        this.issuing = issuing;
        addClassName("kiosk-page");
    }

    /** A phone or laptop on the LAN is told where numbers are taken, before it chooses a service. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!issuing.allowed()) {
            event.forwardTo(KioskOnlyView.route("lay-so"));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("take.title")));
        if (!printer.printerAvailable()) {
            // No printed tickets while the printer is out: say so before the citizen chooses.
            Paragraph down = new Paragraph(getTranslation("printer.down",
                    getTranslation("printer.state." + printer.status().state().name())));
            down.addClassName("kiosk-callout");
            down.addClassName("kiosk-printer-down");
            add(down);
        }
        List<ServiceStatus> services = queue.servicesForKiosk();
        if (services.isEmpty()) {
            add(new Paragraph(getTranslation("take.none")));
            return;
        }
        Paragraph hint = new Paragraph(getTranslation("take.choose"));
        hint.addClassName("kiosk-hint");
        Div grid = new Div();
        grid.addClassName("kiosk-services");
        boolean english = "en".equals(getLocale().getLanguage());
        for (ServiceStatus s : services) {
            Button b = new Button();
            b.addClassName("kiosk-service");
            b.getElement().setAttribute("data-service", s.service().id());
            Span letter = new Span(s.service().prefix());
            letter.addClassName("kiosk-service-letter");
            Span name = new Span(english && s.service().nameEn() != null ? s.service().nameEn() : s.service().name());
            name.addClassName("kiosk-service-name");
            Span meta = new Span(s.open()
                    ? getTranslation("take.waiting", s.waiting()) + " · " + getTranslation("take.counters",
                            s.counters().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    : getTranslation("take.closed") + " — " + ProblemText.of(this, new QueueException(
                            s.closedBecause(), s.service().name(), s.service().hours().hoursText(),
                            s.service().dailyLimit())));
            meta.addClassName("kiosk-service-meta");
            Div text = new Div(name, meta);
            Div label = new Div(letter, text);
            b.getElement().appendChild(label.getElement());
            b.setEnabled(s.open());
            b.addClickListener(e -> UI.getCurrent().navigate(PriorityView.class,
                    new RouteParameters("service", s.service().id())));
            grid.add(b);
        }
        add(hint, grid);
    }
}
