package org.motcua.kiosk.admin.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.printing.PrintJobFailed;
import org.motcua.kiosk.printing.PrintJobPrinted;
import org.motcua.kiosk.printing.PrintJobSummary;
import org.motcua.kiosk.printing.PrintService;
import org.motcua.kiosk.printing.PrinterStatusChanged;

/**
 * The kiosk's printer: its status now, and the jobs that did not print (paper out, cover open, offline...) with
 * "print again" once it works. Kept current by push.
 */
@Route(value = "admin/printer", autoLayout = false)
@PageTitle("Máy in / Printer")
@RolesAllowed("ADMIN")
public class PrinterView extends BackOfficePage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);

    private final PrintService printing;
    private final ScreenPush push;
    final Paragraph status = new Paragraph();
    final Grid<PrintJobSummary> jobs = new Grid<>();
    private final List<Registration> registrations = new ArrayList<>();

    public PrinterView(PrintService printing, ScreenPush push, AuthenticationContext auth) {
        super("backoffice.printer", auth);
        this.printing = printing;
        this.push = push;
        status.addClassName("admin-printer-status");
        Button check = new Button(getTranslation("backoffice.printer.check"),
                e -> printing.refreshStatus().thenRun(() -> getUI().ifPresent(ui -> ui.access(this::refresh))));
        jobs.addColumn(j -> WHEN.format(j.createdAt())).setHeader(getTranslation("backoffice.printer.when"));
        jobs.addColumn(j -> getTranslation("backoffice.printer.kind." + j.kind())).setHeader(getTranslation("backoffice.printer.kind"));
        jobs.addColumn(PrintJobSummary::reference).setHeader(getTranslation("backoffice.printer.reference"));
        jobs.addColumn(j -> getTranslation("backoffice.printer.state." + j.state().name()))
                .setHeader(getTranslation("backoffice.printer.state"));
        jobs.addColumn(j -> j.lastError() == null ? "" : j.lastError()).setHeader(getTranslation("backoffice.printer.error"))
                .setFlexGrow(3);
        jobs.addComponentColumn(j -> {
            Button again = new Button(getTranslation("printer.reprint"), e -> {
                if (printing.reprint(j.id())) {
                    done("backoffice.printer.resent", j.reference());
                }
                refresh();
            });
            again.getElement().setAttribute("data-job", j.id().toString());
            return again;
        }).setKey("reprint");
        jobs.setAllRowsVisible(true);
        add(status, check, new com.vaadin.flow.component.html.H2(getTranslation("backoffice.printer.pending")), jobs);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        registrations.add(push.register(event.getUI(), PrinterStatusChanged.class, e -> refresh()));
        registrations.add(push.register(event.getUI(), PrintJobFailed.class, e -> refresh()));
        registrations.add(push.register(event.getUI(), PrintJobPrinted.class, e -> refresh()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    void refresh() {
        var s = printing.status();
        status.setText(getTranslation("backoffice.printer.now", getTranslation("printer.state." + s.state().name()),
                s.detail() == null ? "" : s.detail()));
        status.getElement().setAttribute("data-state", s.state().name());
        jobs.setItems(printing.pendingJobs());
    }
}
