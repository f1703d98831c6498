package org.motcua.kiosk.survey.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.base.OfficeProperties;
import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.base.ScreenTimer;
import org.motcua.kiosk.pairing.PairedScreen;
import org.motcua.kiosk.pairing.PairedScreens;
import org.motcua.kiosk.pairing.PairingPanel;
import org.motcua.kiosk.pairing.ScreenAccess;
import org.motcua.kiosk.pairing.ScreenPurpose;
import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.survey.Channel;
import org.motcua.kiosk.survey.RatingInput;
import org.motcua.kiosk.survey.RatingWindow;
import org.motcua.kiosk.survey.RatingWindowClosed;
import org.motcua.kiosk.survey.RatingWindowOpened;
import org.motcua.kiosk.survey.SurveyService;

/**
 * The rating screen facing the citizen at one counter: a tablet or small screen. <b>Pairing:</b> opened on a screen
 * that is not paired to counter N, {@code /danh-gia/quay/N} shows a code ({@link PairingPanel}); an administrator
 * types it in the back office, and the screen keeps a secret cookie from then on. Only the screen paired to the
 * counter (one per counter: pairing another unpairs it) is shown its rating windows and can rate: anyone else who
 * opens the address, on a phone or a laptop on the LAN, sees the code and nothing of the counter. The screen is
 * calm and locked until the officer presses "Hoàn thành" (a {@link RatingWindowOpened} for this counter, by push); then it shows the ticket, the officer and the faces. A
 * rating, the officer closing the window or its timeout lock it again ({@link RatingWindowClosed}). Nothing can be
 * pressed while locked, so presses outside a window can only come from the button box, where they are flagged.
 * A level chosen and not sent is sent before the window ends, so a citizen who walks away is still counted.
 */
@Route(value = "danh-gia/quay/:number([0-9]{1,4})", autoLayout = false)
@PageTitle("Đánh giá tại quầy")
@AnonymousAllowed
public class CounterRatingView extends Div implements BeforeEnterObserver {

    /** A chosen level with no touch for this long is sent as it stands. */
    static final Duration AUTO_SEND = Duration.ofSeconds(30);
    /** ...and in any case this long before the window closes. */
    static final Duration SEND_BEFORE_CLOSE = Duration.ofSeconds(3);

    private final SurveyService survey;
    private final QueueService queue;
    private final ScreenPush push;
    private final ScreenTimer timer;
    private final Clock clock;
    private final OfficeProperties office;
    private final Duration thankYou;
    private final PairedScreens screens;
    private final ScreenAccess access;

    private Integer counter;
    /** The paired screen this is; null when it is not paired to the counter (it then shows the pairing code). */
    private PairedScreen screen;
    private RatingWindow window;
    private boolean thanking;
    private final List<Registration> registrations = new ArrayList<>();
    private Registration autoSend;
    private Registration thanksOver;

    final Div locked = new Div();
    final Div open = new Div();
    final Div thanks = new Div();
    final Span ticketNumber = new Span();
    final Span officer = new Span();
    RatingPanel panel;

    public CounterRatingView(SurveyService survey, QueueService queue, ScreenPush push, ScreenTimer timer, Clock clock,
                             OfficeProperties office, PairedScreens screens, ScreenAccess access,
                             @Value("${motcua.survey.thank-you:6s}") Duration thankYou) {
        this.screens = screens;
        this.access = access;
        this.survey = survey;
        this.queue = queue;
        this.push = push;
        this.timer = timer;
        this.clock = clock;
        this.office = office;
        this.thankYou = thankYou;
        addClassName("rate-screen");
        addClassName("rate-counter");
        locked.addClassName("rate-locked");
        open.addClassName("rate-open");
        thanks.addClassName("rate-thanks");
        ticketNumber.addClassName("rate-ticket-number");
        officer.addClassName("rate-officer");
        Span officeName = new Span(office.name());
        officeName.addClassName("rate-office");
        add(officeName, locked, open, thanks);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int number = event.getRouteParameters().getInteger("number").orElse(-1);
        Optional<Counter> c = queue.counters().stream().filter(x -> x.number() == number).findFirst();
        counter = c.isPresent() ? number : null;
        locked.removeAll();
        if (counter == null) {
            locked.add(new H1(getTranslation("rate.counter.unknown", String.valueOf(number))));
            show(locked);
            return;
        }
        screen = access.pairedScreen()
                .filter(s -> s.purpose() == ScreenPurpose.RATING && s.counter() != null && s.counter() == number)
                .orElse(null);
        if (screen == null) {
            locked.add(new PairingPanel(screens, access, push, timer, ScreenPurpose.RATING, number,
                    "/danh-gia/quay/" + number));
            show(locked);
            return;
        }
        VaadinIconSpan calm = new VaadinIconSpan(VaadinIcon.COMMENT_ELLIPSIS_O);
        H1 title = new H1(getTranslation("rate.counter.locked", String.valueOf(number)));
        Paragraph hint = new Paragraph(getTranslation("rate.counter.lockedHint"));
        hint.addClassName("rate-hint");
        locked.add(calm, title, hint);
        Span thanksIcon = new VaadinIconSpan(VaadinIcon.HEART_O);
        H1 thanksTitle = new H1(getTranslation("rate.thanks"));
        Paragraph thanksText = new Paragraph(getTranslation("rate.thanks.text"));
        thanks.removeAll();
        thanks.add(thanksIcon, thanksTitle, thanksText);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (counter == null || screen == null) {
            return;
        }
        UI ui = event.getUI();
        registrations.add(push.register(ui, RatingWindowOpened.class, opened -> {
            if (opened.window().counter() == counter && !thanking && stillPaired(ui)) {
                showOpen(opened.window());
            }
        }));
        registrations.add(push.register(ui, RatingWindowClosed.class, closed -> {
            if (closed.counter() == counter && !thanking && window != null
                    && window.ticketId().equals(closed.ticketId())) {
                lock();
            }
        }));
        survey.window(counter).ifPresentOrElse(this::showOpen, this::lock);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
        cancel(autoSend);
        cancel(thanksOver);
    }

    private void showOpen(RatingWindow w) {
        window = w;
        open.removeAll();
        ticketNumber.setText(getTranslation("rate.counter.ticket", w.ticketDisplay()));
        officer.setText(getTranslation("rate.counter.officer", w.officer()));
        Div who = new Div(ticketNumber, officer);
        who.addClassName("rate-who");
        H1 question = new H1(getTranslation("rate.choose"));
        panel = new RatingPanel(survey.scale(), this::send);
        panel.setOnChange(this::scheduleAutoSend);
        open.add(who, question, panel);
        show(open);
    }

    private void lock() {
        window = null;
        panel = null;
        cancel(autoSend);
        open.removeAll();
        show(locked);
    }

    private void send(RatingInput input) {
        if (window == null || !stillPaired(UI.getCurrent())) {
            return;
        }
        cancel(autoSend);
        survey.rateAtCounter(counter, input, Channel.COUNTER_SCREEN);
        window = null;
        panel = null;
        open.removeAll();
        thanking = true;
        show(thanks);
        UI ui = UI.getCurrent();
        thanksOver = timer.schedule(ui, thankYou, () -> {
            thanking = false;
            survey.window(counter).ifPresentOrElse(this::showOpen, this::lock);
        });
    }

    /** A citizen who chose a level and walked away is still counted: what they chose is sent before the window ends. */
    private void scheduleAutoSend() {
        cancel(autoSend);
        if (window == null || panel == null || !panel.hasLevel()) {
            return;
        }
        Duration left = Duration.between(clock.instant(), window.closesAt()).minus(SEND_BEFORE_CLOSE);
        Duration after = left.compareTo(AUTO_SEND) < 0 ? left : AUTO_SEND;
        RatingPanel shown = panel;
        autoSend = timer.schedule(UI.getCurrent(), after, () -> {
            if (panel == shown) {
                shown.pending().ifPresent(this::send);
            }
        });
    }

    /** Whether this screen is still the counter's: unpaired (or replaced) meanwhile, it reloads into the code. */
    private boolean stillPaired(UI ui) {
        if (screens.active(screen.id()).isPresent()) {
            return true;
        }
        ui.getPage().reload();
        return false;
    }

    private void show(Div state) {
        locked.setVisible(state == locked);
        open.setVisible(state == open);
        thanks.setVisible(state == thanks);
        getElement().setAttribute("data-state", state == open ? "open" : state == thanks ? "thanks" : "locked");
    }

    private static void cancel(Registration r) {
        if (r != null) {
            r.remove();
        }
    }

    /** A large icon on its own line. */
    private static final class VaadinIconSpan extends Span {
        VaadinIconSpan(VaadinIcon icon) {
            add(icon.create());
            addClassName("rate-big-icon");
        }
    }
}
