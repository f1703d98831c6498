package org.motcua.kiosk.queue.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.kiosk.KioskLayout;
import org.motcua.kiosk.queue.PriorityGroup;
import org.motcua.kiosk.queue.QueueException;
import org.motcua.kiosk.queue.QueueRoutes;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.QueueViews.IssuedTicket;
import org.motcua.kiosk.queue.ServiceType;

/**
 * Second tap: a normal number, or one of the priority groups the law names. The ticket is issued here; if the
 * service closed in the meantime the citizen is told why, and nothing is issued.
 */
@Route(value = QueueRoutes.TAKE_NUMBER + "/:service", layout = KioskLayout.class)
@PageTitle("Lấy số thứ tự")
@AnonymousAllowed
public class PriorityView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    private final QueueService queue;
    private final TicketIssuing issuing;
    private ServiceType service;
    private String procedureCode;
    private final Paragraph problem = new Paragraph();

    public PriorityView(QueueService queue, TicketIssuing issuing) {
        this.queue = queue;
        this.issuing = issuing;
        addClassName("kiosk-page");
        problem.addClassName("kiosk-problem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!issuing.allowed()) {
            event.forwardTo(KioskOnlyView.route("lay-so"));
            return;
        }
        Optional<ServiceType> found = event.getRouteParameters().get("service").flatMap(queue::service)
                .filter(ServiceType::active);
        if (found.isEmpty()) {
            event.forwardTo(TakeNumberView.class);
            return;
        }
        service = found.get();
        procedureCode = event.getLocation().getQueryParameters().getSingleParameter(QueueRoutes.PROCEDURE_PARAMETER)
                .filter(code -> code.length() <= 60).orElse(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (service == null) {
            return;
        }
        add(new H1(getTranslation("take.priority.title")));
        boolean english = "en".equals(getLocale().getLanguage());
        Paragraph forService = new Paragraph(getTranslation("take.priority.for",
                english && service.nameEn() != null ? service.nameEn() : service.name()));
        forService.addClassName("kiosk-hint");
        add(forService);
        if (procedureCode != null) {
            Paragraph procedure = new Paragraph(getTranslation("take.procedure", procedureCode));
            procedure.addClassName("kiosk-hint");
            add(procedure);
        }
        Button normal = new Button(getTranslation("take.priority.no"), e -> issue(null));
        normal.addClassName("kiosk-take-normal");
        normal.getElement().setAttribute("data-priority", "none");
        add(normal, problem);
        Paragraph hint = new Paragraph(getTranslation("take.priority.hint"));
        hint.addClassName("kiosk-hint");
        Div groups = new Div();
        groups.addClassName("kiosk-priorities");
        for (PriorityGroup g : PriorityGroup.values()) {
            Button b = new Button(getTranslation("priority." + g.name()), e -> issue(g));
            b.addClassName("kiosk-priority");
            b.getElement().setAttribute("data-priority", g.name());
            groups.add(b);
        }
        add(hint, groups);
    }

    private void issue(PriorityGroup priority) {
        if (!issuing.allowed()) {
            UI.getCurrent().navigate(KioskOnlyView.route("lay-so"));
            return;
        }
        if (!issuing.withinLimit()) {
            problem.setText(getTranslation("take.tooFast"));
            return;
        }
        try {
            IssuedTicket issued = queue.issueTicket(service.id(), priority, procedureCode);
            TicketView.remember(issued);
            UI.getCurrent().navigate(TicketView.class, new RouteParameters("id", issued.ticket().id().toString()));
        } catch (QueueException e) {
            problem.setText(ProblemText.of(this, e));
        }
    }
}
