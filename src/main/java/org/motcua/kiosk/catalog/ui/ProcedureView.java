package org.motcua.kiosk.catalog.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.base.OfficeProperties;
import org.motcua.kiosk.base.QrCodes;
import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.Fee;
import org.motcua.kiosk.catalog.Form;
import org.motcua.kiosk.catalog.Procedure;
import org.motcua.kiosk.catalog.ProcedureCode;
import org.motcua.kiosk.catalog.RequiredDocument;
import org.motcua.kiosk.catalog.SubmissionMethod;
import org.motcua.kiosk.kiosk.KioskLayout;
import org.motcua.kiosk.printing.PrintJobFailed;
import org.motcua.kiosk.printing.PrintJobPrinted;
import org.motcua.kiosk.printing.TicketPrinter;
import org.motcua.kiosk.queue.QueueRoutes;
import org.motcua.kiosk.queue.QueueService;

/**
 * Everything the law says must be posted about one procedure (NĐ 63/2010 Điều 8.2), in the order a citizen
 * needs it: what it is, how long, what to bring, what it costs, the steps, then the rest; and a QR code to the
 * procedure's page for the citizen's phone. A part the source does not give says so instead of hiding.
 */
@Route(value = "thu-tuc/:code", layout = KioskLayout.class)
@AnonymousAllowed
public class ProcedureView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final QueueService queue;
    private final TicketPrinter printer;
    private final ScreenPush push;
    private final OfficeProperties office;
    private final Clock clock;
    private final Paragraph memoState = new Paragraph();
    private UUID memoJob;
    private final List<Registration> registrations = new ArrayList<>();
    private String code = "";
    private Procedure procedure;

    public ProcedureView(CatalogService catalog, QueueService queue, TicketPrinter printer, ScreenPush push,
                         OfficeProperties office, Clock clock) {
        this.catalog = catalog;
        this.queue = queue;
        this.printer = printer;
        this.push = push;
        this.office = office;
        this.clock = clock;
        memoState.addClassName("kiosk-paper");
        addClassName("kiosk-page");
        addClassName("kiosk-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        procedure = ProcedureCode.isValid(code) ? catalog.find(ProcedureCode.of(code)).orElse(null) : null;
        if (isAttached()) {
            // The same view instance is reused when only the route parameter changes.
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return procedure == null ? code : procedure.name();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        if (procedure == null) {
            add(new H1(getTranslation("detail.notFound", code)));
            return;
        }
        Procedure p = procedure;
        boolean english = "en".equals(getLocale().getLanguage());

        H1 name = new H1(p.name());
        name.addClassName("kiosk-detail-name");
        add(name);
        if (english && p.nameEn() != null) {
            Paragraph en = new Paragraph(p.nameEn());
            en.addClassName("kiosk-detail-en");
            add(en);
        }
        if (english) {
            add(callout(getTranslation("detail.contentLanguage")));
        }
        if ("recollection".equals(p.confidence())) {
            add(callout(getTranslation("detail.recollection")));
        } else if ("listed".equals(p.confidence())) {
            add(callout(getTranslation("detail.listed")));
        }

        Div facts = new Div(
                fact(getTranslation("detail.code"), ProcedureText.code(this, p)),
                fact(getTranslation("detail.field"), p.field()),
                fact(getTranslation("detail.level"), ProcedureText.level(this, p.level())),
                timeFact(p));
        facts.addClassName("kiosk-facts");
        Div top = new Div(facts);
        top.addClassName("kiosk-detail-top");
        catalog.onlineUrl(p).ifPresent(url -> {
            Image qr = new Image(QrCodes.pngDataUrl(url, 240), getTranslation("detail.qr"));
            qr.addClassName("kiosk-qr-image");
            Div qrBox = new Div(qr, new Paragraph(getTranslation("detail.qr")));
            qrBox.addClassName("kiosk-qr");
            top.add(qrBox);
        });
        add(top);

        queue.serviceForField(p.field()).ifPresent(service -> {
            Button take = new Button(getTranslation("procedure.takeNumber"), VaadinIcon.TICKET.create(),
                    e -> UI.getCurrent().navigate(QueueRoutes.takeNumber(service),
                            QueueRoutes.forProcedure(p.code().value())));
            take.addClassName("kiosk-take-for-procedure");
            add(take);
        });

        Button memo = new Button(getTranslation("printer.memo.print"), VaadinIcon.PRINT.create(), e -> printMemo(p));
        memo.addClassName("kiosk-print-memo");
        memo.setEnabled(printer.printerAvailable());
        memoState.setText(printer.printerAvailable() ? "" : getTranslation("printer.down",
                getTranslation("printer.state." + printer.status().state().name())));
        add(memo, memoState);

        add(section("detail.documents", documents(p.documents())));
        add(section("detail.fees", fees(p.fees())));
        add(section("detail.methods", methods(p.methods())));
        add(section("detail.steps", numbered(p.steps())));
        add(section("detail.forms", forms(p.forms())));
        add(section("detail.applicants", text(p.applicants())));
        add(section("detail.agency", text(p.handlingAgency())));
        add(section("detail.decidingAgency", text(p.decidingAgency())));
        add(section("detail.result", text(p.result())));
        add(section("detail.conditions", text(p.conditions())));
        add(section("detail.legalBasis", bullets(p.legalBasis())));
        add(section("detail.online", online(p)));
        if (p.notes() != null) {
            add(section("detail.notes", text(p.notes())));
        }
    }

    private void printMemo(Procedure p) {
        memoJob = printer.print(ProcedureMemo.of(p, office.name(), clock.instant(), catalog.onlineUrl(p).orElse(null)));
        memoState.setText(getTranslation("printer.memo.sent"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        registrations.add(push.register(event.getUI(), PrintJobPrinted.class, done -> {
            if (done.jobId().equals(memoJob)) {
                memoState.setText(getTranslation("printer.memo.printed"));
            }
        }));
        registrations.add(push.register(event.getUI(), PrintJobFailed.class, failed -> {
            if (failed.jobId().equals(memoJob)) {
                memoState.setText(getTranslation("printer.memo.failed"));
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private Component section(String titleKey, Component body) {
        Section s = new Section(new H2(getTranslation(titleKey)), body);
        s.addClassName("kiosk-section");
        s.getElement().setAttribute("data-section", titleKey.substring("detail.".length()));
        return s;
    }

    private Component fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("kiosk-fact-label");
        Span v = new Span(value);
        v.addClassName("kiosk-fact-value");
        Div d = new Div(l, v);
        d.addClassName("kiosk-fact");
        return d;
    }

    /** Short time as a fact; a long published text gets the full width instead of a narrow column. */
    private Component timeFact(Procedure p) {
        String shortTime = ProcedureText.shortTime(this, p);
        if (shortTime != null) {
            return fact(getTranslation("detail.time"), shortTime);
        }
        Component wide = fact(getTranslation("detail.time"), ProcedureText.time(this, p.mainMethod()));
        wide.getElement().getClassList().add("kiosk-fact-wide");
        return wide;
    }

    private Component callout(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("kiosk-callout");
        return p;
    }

    private Component unknown() {
        Paragraph p = new Paragraph(getTranslation("detail.unknown"));
        p.addClassName("kiosk-unknown");
        return p;
    }

    private Component text(String value) {
        return value == null ? unknown() : new Paragraph(value);
    }

    private Component bullets(List<String> items) {
        return items.isEmpty() ? unknown() : fill(new UnorderedList(), items);
    }

    private Component numbered(List<String> items) {
        return items.isEmpty() ? unknown() : fill(new OrderedList(), items);
    }

    private static <L extends com.vaadin.flow.component.HasComponents> L fill(L list, List<String> items) {
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    private Component documents(List<RequiredDocument> docs) {
        if (docs.isEmpty()) {
            return unknown();
        }
        OrderedList list = new OrderedList();
        for (RequiredDocument d : docs) {
            ListItem item = new ListItem(d.name());
            StringBuilder counts = new StringBuilder();
            if (d.originals() != null && d.originals() > 0) {
                counts.append(getTranslation("detail.originals", d.originals()));
            }
            if (d.copies() != null && d.copies() > 0) {
                counts.append(counts.isEmpty() ? "" : ", ").append(getTranslation("detail.copies", d.copies()));
            }
            if (d.note() != null) {
                counts.append(counts.isEmpty() ? "" : "; ").append(d.note());
            }
            if (!counts.isEmpty()) {
                Span c = new Span(" (" + counts + ")");
                c.addClassName("kiosk-muted");
                item.add(c);
            }
            list.add(item);
        }
        return list;
    }

    private Component fees(List<Fee> fees) {
        if (fees.isEmpty()) {
            return unknown();
        }
        Div list = new Div();
        list.addClassName("kiosk-fees");
        for (Fee f : fees) {
            Span label = new Span(f.label());
            label.addClassName("kiosk-fee-label");
            Span amount = new Span(ProcedureText.amount(this, f));
            amount.addClassName("kiosk-fee-amount");
            if (!f.isKnown()) {
                amount.addClassName("kiosk-unknown");
            }
            Div row = new Div(label, amount);
            row.addClassName("kiosk-fee");
            if (f.note() != null) {
                Paragraph note = new Paragraph(f.note());
                note.addClassName("kiosk-muted");
                row.add(note);
            }
            list.add(row);
        }
        return list;
    }

    private Component methods(List<SubmissionMethod> methods) {
        Div list = new Div();
        list.addClassName("kiosk-methods");
        for (SubmissionMethod m : methods) {
            Div row = new Div();
            row.addClassName("kiosk-method");
            Span channel = new Span(getTranslation("channel." + m.channel().name()));
            channel.addClassName("kiosk-method-channel");
            row.add(channel, new Paragraph(getTranslation("detail.time") + ": " + ProcedureText.time(this, m)));
            // With one channel its fees are the ones under "Phí, lệ phí"; with several, say which applies where.
            if (methods.size() > 1 && m.fees().isEmpty()) {
                row.add(new Paragraph(getTranslation("detail.fees") + ": " + getTranslation("fee.unknown")));
            } else if (methods.size() > 1) {
                for (Fee f : m.fees()) {
                    row.add(new Paragraph(f.label() + ": " + ProcedureText.amount(this, f)));
                }
            }
            if (m.note() != null) {
                Paragraph note = new Paragraph(m.note());
                note.addClassName("kiosk-muted");
                row.add(note);
            }
            list.add(row);
        }
        return list;
    }

    private Component forms(List<Form> forms) {
        if (forms.isEmpty()) {
            return unknown();
        }
        UnorderedList list = new UnorderedList();
        for (Form f : forms) {
            // A kiosk cannot open links: the link is printed as text for the citizen's phone or the officer.
            list.add(new ListItem(f.url() == null ? f.name() : f.name() + " — " + f.url()));
        }
        return list;
    }

    private Component online(Procedure p) {
        Div d = new Div();
        if (p.onlineService() != null) {
            d.add(new Paragraph(p.onlineService()));
        }
        catalog.onlineUrl(p).ifPresent(link -> {
            Paragraph url = new Paragraph(link);
            url.addClassName("kiosk-url");
            d.add(url);
        });
        return d.getChildren().findAny().isPresent() ? d : unknown();
    }
}
