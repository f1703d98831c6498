package org.motcua.kiosk.queue.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.kiosk.HomeView;
import org.motcua.kiosk.kiosk.KioskLayout;
import org.motcua.kiosk.queue.QueueRoutes;
import org.motcua.kiosk.printing.PrintJobFailed;
import org.motcua.kiosk.printing.PrintJobPrinted;
import org.motcua.kiosk.printing.PrintJobState;
import org.motcua.kiosk.printing.PrinterStatusChanged;
import org.motcua.kiosk.printing.TicketPrinter;
import org.motcua.kiosk.queue.QueueViews.IssuedTicket;

/**
 * The number just taken, large: service, counters, people ahead, the estimated wait, and what happened to the paper
 * (printing, take it, or remember the number — with "print again" once the printer works). The number is shown
 * whatever the printer does: a failing printer never costs a citizen their place.
 */
@Route(value = QueueRoutes.TAKE_NUMBER + "/ve/:id", layout = KioskLayout.class)
@PageTitle("Số thứ tự")
@AnonymousAllowed
public class TicketView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private final TicketPrinter printer;
    private final ScreenPush push;
    private final Paragraph paper = new Paragraph();
    private final Button reprint = new Button();
    private IssuedTicket issued;
    private final List<Registration> registrations = new ArrayList<>();

    public TicketView(TicketPrinter printer, ScreenPush push) {
        this.printer = printer;
        this.push = push;
        addClassName("kiosk-page");
        addClassName("kiosk-ticket");
        paper.addClassName("kiosk-paper");
        reprint.addClassName("kiosk-reprint");
        reprint.addClickListener(e -> {
            if (issued != null && printer.reprint(issued.ticket().id())) {
                reprint.setVisible(false);
                paper.setText(getTranslation("printer.ticket.printing"));
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        registrations.add(push.register(ui, PrintJobPrinted.class, p -> {
            if (issued != null && p.jobId().equals(issued.ticket().id())) {
                showPaper(PrintJobState.PRINTED);
            }
        }));
        registrations.add(push.register(ui, PrintJobFailed.class, f -> {
            if (issued != null && f.jobId().equals(issued.ticket().id())) {
                showPaper(PrintJobState.FAILED);
            }
        }));
        registrations.add(push.register(ui, PrinterStatusChanged.class, c -> {
            if (issued != null) {
                showPaper(printer.jobState(issued.ticket().id()).orElse(PrintJobState.FAILED));
            }
        }));
        if (issued != null) {
            // The job may have ended between the state read when the screen was made and now that it listens (its
            // event then reached no one): read it again, now that nothing later can be missed.
            showPaper(printer.jobState(issued.ticket().id()).orElse(PrintJobState.FAILED));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    /** What happened to the paper: printing, take it, or remember your number (and print again when possible). */
    private void showPaper(PrintJobState state) {
        paper.getElement().setAttribute("data-paper", state.name());
        reprint.setText(getTranslation("printer.reprint"));
        switch (state) {
            case PRINTED -> {
                paper.setText(getTranslation("printer.ticket.printed"));
                reprint.setVisible(false);
            }
            case QUEUED -> {
                paper.setText(getTranslation("printer.ticket.printing"));
                reprint.setVisible(false);
            }
            case FAILED, WAITING_FOR_PRINTER -> {
                paper.setText(getTranslation(printer.printerAvailable() ? "printer.ticket.failed"
                        : "printer.ticket.notPrinted"));
                reprint.setVisible(printer.printerAvailable());
            }
        }
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
        add(card, paper, reprint, watch, done);
        showPaper(printer.jobState(issued.ticket().id()).orElse(PrintJobState.FAILED));
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("kiosk-ticket-line");
        return p;
    }
}
