package org.motcua.kiosk.queue.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.ClockBanner;
import org.motcua.kiosk.queue.ClockCheck;
import org.motcua.kiosk.queue.QueueException;
import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.printing.PrintJobFailed;
import org.motcua.kiosk.printing.PrinterStatusChanged;
import org.motcua.kiosk.printing.TicketPrinter;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.QueueViews.CounterScreen;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.queue.TicketState;

/**
 * The officer's screen at a counter (desk PC or tablet): the ticket at the counter, the actions on it, and the
 * counter's waiting list in call order, kept current by server push. The counter chosen is remembered in the session.
 * Every refusal of the queue is shown as its message and changes nothing.
 */
@Route(value = "quay/:number?([0-9]+)", autoLayout = false)
@PageTitle("Quầy / Counter")
@RolesAllowed({"OFFICER", "ADMIN"})
public class CounterView extends Div implements BeforeEnterObserver {

    static final String SESSION_COUNTER = CounterView.class.getName() + ".counter";

    private final QueueService queue;
    private final QueueBroadcaster broadcaster;
    private final AuthenticationContext auth;
    private final Clock clock;

    private Integer counterNumber;
    private Ticket current;
    private Map<String, ServiceType> services = Map.of();
    private Registration pushed;
    private final java.util.List<Registration> printerNews = new java.util.ArrayList<>();
    final Paragraph printerAlert = new Paragraph();

    final H1 title = new H1();
    final Paragraph subtitle = new Paragraph();
    final Paragraph message = new Paragraph();
    final TicketCard card = new TicketCard();
    final Button callNext = new Button();
    final Button recall = new Button();
    final Button start = new Button();
    final Button finish = new Button();
    final Button noShow = new Button();
    final Button transfer = new Button();
    final Button callNumber = new Button();
    final H2 waitingTitle = new H2();
    final Grid<Ticket> waiting = new Grid<>();
    private final Div desk = new Div();
    private final Div picker = new Div();

    private final ScreenPush push;
    private final TicketPrinter printer;

    private final ClockBanner clockBanner;

    public CounterView(QueueService queue, QueueBroadcaster broadcaster, AuthenticationContext auth, Clock clock,
                       ScreenPush push, TicketPrinter printer, ClockCheck clockCheck) {
        this.clockBanner = new ClockBanner(clockCheck);
        this.push = push;
        this.printer = printer;
        this.queue = queue;
        this.broadcaster = broadcaster;
        this.auth = auth;
        this.clock = clock;
        addClassName("counter-page");
        message.addClassName("counter-message");
        message.getElement().setAttribute("role", "alert");
        Button change = new Button(getTranslation("counter.change"), e -> changeCounter());
        Button logout = new Button(getTranslation("counter.logout"), e -> auth.logout());
        Div header = new Div(new Div(title, subtitle), new Div(change, logout));
        header.addClassName("counter-header");
        buildDesk();
        picker.addClassName("counter-picker");
        printerAlert.addClassName("counter-printer-alert");
        printerAlert.getElement().setAttribute("role", "status");
        add(header, clockBanner, printerAlert, message, desk, picker);
        showPrinter();
    }

    /** The kiosk's printer, as the officers must know it: out of paper means citizens hold no paper ticket. */
    private void showPrinter() {
        boolean problem = printer.status().isProblem();
        printerAlert.setVisible(problem);
        if (problem) {
            printerAlert.setText(getTranslation("printer.alert",
                    getTranslation("printer.state." + printer.status().state().name())));
        }
    }

    private void buildDesk() {
        label(callNext, "counter.callNext", this::callNext);
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        label(recall, "counter.recall", () -> act(() -> queue.recall(counterNumber, officer())));
        label(start, "counter.start", () -> act(() -> queue.startServing(counterNumber, officer())));
        label(finish, "counter.finish", this::finish);
        finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        label(noShow, "counter.noShow", this::noShow);
        noShow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        label(transfer, "counter.transfer", this::openTransfer);
        label(callNumber, "counter.callNumber", () -> openCallNumber(""));
        Div actions = new Div(callNext, callNumber, recall, start, finish, noShow, transfer);
        actions.addClassName("counter-actions");
        Div left = new Div(card, actions);
        left.addClassName("counter-left");

        waiting.addColumn(Ticket::display).setHeader(getTranslation("counter.col.number")).setAutoWidth(true);
        waiting.addColumn(t -> ServiceNames.of(this, services, t.serviceId()))
                .setHeader(getTranslation("counter.col.service")).setFlexGrow(2);
        waiting.addColumn(t -> t.isPriority() ? getTranslation("priority." + t.priority().name()) : "")
                .setHeader(getTranslation("counter.col.priority")).setFlexGrow(2);
        waiting.addColumn(t -> getTranslation("counter.minutes",
                        Duration.between(t.issuedAt(), clock.instant()).toMinutes()))
                .setHeader(getTranslation("counter.col.waited")).setAutoWidth(true);
        waiting.setEmptyStateText(getTranslation("counter.waiting.empty"));
        waiting.addItemClickListener(e -> tapped(e.getItem()));
        waiting.addClassName("counter-waiting");
        Div right = new Div(waitingTitle, waiting);
        right.addClassName("counter-right");
        desk.add(left, right);
        desk.addClassName("counter-desk");
    }

    private void label(Button b, String key, Runnable action) {
        b.setText(getTranslation(key));
        b.addClickListener(e -> action.run());
    }

    // ------------------------------------------------------------------ which counter

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Integer> inPath = event.getRouteParameters().getInteger("number");
        Integer remembered = (Integer) VaadinSession.getCurrent().getAttribute(SESSION_COUNTER);
        Integer wanted = inPath.orElse(remembered);
        message.setText("");
        if (wanted == null) {
            showPicker();
            return;
        }
        Optional<Counter> counter = queue.counters().stream().filter(c -> c.number() == wanted).findFirst();
        if (counter.isEmpty() || !counter.get().active()) {
            VaadinSession.getCurrent().setAttribute(SESSION_COUNTER, null);
            error(getTranslation(counter.isEmpty() ? "queue.problem.UNKNOWN_COUNTER" : "queue.problem.COUNTER_INACTIVE",
                    wanted));
            showPicker();
            return;
        }
        VaadinSession.getCurrent().setAttribute(SESSION_COUNTER, wanted);
        counterNumber = wanted;
        title.setText(getTranslation("counter.title", wanted));
        subtitle.setText(getTranslation("counter.subtitle", counter.get().name(), officer()));
        picker.setVisible(false);
        desk.setVisible(true);
        refresh();
    }

    private void showPicker() {
        counterNumber = null;
        title.setText(getTranslation("counter.pick.title"));
        subtitle.setText(getTranslation("counter.pick.text"));
        desk.setVisible(false);
        picker.setVisible(true);
        picker.removeAll();
        var active = queue.counters().stream().filter(Counter::active).toList();
        if (active.isEmpty()) {
            picker.add(new Paragraph(getTranslation("counter.pick.none")));
        }
        for (Counter c : active) {
            Button choose = new Button(getTranslation("counter.pick.item", c.number(), c.name()),
                    e -> UI.getCurrent().navigate(CounterView.class,
                            new RouteParameters("number", String.valueOf(c.number()))));
            choose.addClassName("counter-pick");
            picker.add(choose);
        }
    }

    private void changeCounter() {
        VaadinSession.getCurrent().setAttribute(SESSION_COUNTER, null);
        UI.getCurrent().navigate(CounterView.class);
    }

    // ------------------------------------------------------------------ what is shown

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        pushed = broadcaster.register(ui, event -> refresh());
        printerNews.add(push.register(ui, PrinterStatusChanged.class, changed -> showPrinter()));
        printerNews.add(push.register(ui, PrintJobFailed.class, failed -> {
            printerAlert.setVisible(true);
            printerAlert.setText(getTranslation("printer.alert.job", failed.reference(), failed.reason()));
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (pushed != null) {
            pushed.remove();
            pushed = null;
        }
        printerNews.forEach(Registration::remove);
        printerNews.clear();
    }

    /** Reads the counter's screen again; called after every action and on every queue event from anywhere. */
    void refresh() {
        clockBanner.refresh();
        if (counterNumber == null) {
            return;
        }
        CounterScreen screen;
        try {
            screen = queue.counterScreen(counterNumber);
        } catch (QueueException e) {
            error(ProblemText.of(this, e));
            return;
        }
        services = queue.services().stream().collect(Collectors.toMap(ServiceType::id, s -> s));
        current = screen.current();
        card.show(current, services, counterNumber);
        waiting.setItems(screen.waiting());
        waitingTitle.setText(getTranslation("counter.waiting", screen.waiting().size()));
        boolean free = current == null;
        boolean called = !free && current.state() == TicketState.CALLED;
        callNext.setEnabled(free);
        callNumber.setEnabled(free);
        recall.setEnabled(called);
        start.setEnabled(called);
        noShow.setEnabled(called);
        finish.setEnabled(!free);
        transfer.setEnabled(!free);
    }

    // ------------------------------------------------------------------ actions

    private void callNext() {
        act(() -> queue.callNext(counterNumber, officer()));
    }

    private void finish() {
        Ticket t = current;
        if (act(() -> queue.finish(counterNumber, officer())).isEmpty() && t != null) {
            if (t.returnCounter() != null && t.returnCounter() != counterNumber.intValue()) {
                info("counter.done.returned", t.display(), t.returnCounter());
            } else {
                info("counter.done.finished", t.display());
            }
        }
    }

    private void noShow() {
        Ticket t = current;
        if (act(() -> queue.markNoShow(counterNumber, officer())).isEmpty() && t != null) {
            info("counter.done.noShow", t.display());
        }
    }

    private void tapped(Ticket t) {
        if (current != null) {
            // Explains why not, in the queue's own words: the counter already has someone.
            act(() -> queue.call(counterNumber, officer(), t.display()));
        } else {
            openCallNumber(t.display());
        }
    }

    private void openCallNumber(String prefill) {
        new CallNumberDialog(prefill, number -> act(() -> queue.call(counterNumber, officer(), number))).open();
    }

    private void openTransfer() {
        if (current == null) {
            return;
        }
        String display = current.display();
        var targets = queue.services().stream().filter(ServiceType::active).toList();
        var counters = queue.counters().stream().filter(c -> c.active() && c.number() != counterNumber).toList();
        Function<TransferDialog.Target, Optional<String>> send = to -> {
            Optional<String> refused = act(() -> queue.transfer(counterNumber, officer(), to.serviceId(), to.counter(),
                    to.returnAfter()));
            if (refused.isEmpty()) {
                info("counter.done.transferred", display);
            }
            return refused;
        };
        new TransferDialog(display, targets, counters, send).open();
    }

    /** Runs one queue action; a refusal is shown and returned. The screen is read again either way. */
    private Optional<String> act(Runnable action) {
        Optional<String> refused;
        try {
            action.run();
            message.setText("");
            message.getElement().removeAttribute("data-kind");
            refused = Optional.empty();
        } catch (QueueException e) {
            refused = Optional.of(ProblemText.of(this, e));
            error(refused.get());
        }
        refresh();
        return refused;
    }

    private void error(String text) {
        message.setText(text);
        message.getElement().setAttribute("data-kind", "error");
    }

    private void info(String key, Object... args) {
        message.setText(getTranslation(key, args));
        message.getElement().setAttribute("data-kind", "info");
    }

    private String officer() {
        return auth.getPrincipalName().orElseThrow();
    }
}
