package org.motcua.kiosk.queue.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.base.OfficeProperties;
import org.motcua.kiosk.queue.QueueEvent;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.QueueViews.Board;
import org.motcua.kiosk.queue.QueueViews.Call;
import org.motcua.kiosk.queue.QueueViews.CounterLine;
import org.motcua.kiosk.queue.QueueViews.ServiceWaiting;
import org.motcua.kiosk.queue.voice.Announcer;

/**
 * The hall display board on a landscape TV (1920x1080): the latest call very large, who is at each counter, the
 * calls before it and how many wait for each service. It changes only when the queue tells it to, by server push;
 * it never polls and never reloads. Each call is also said aloud by {@link BoardVoice}.
 */
@Route(value = "man-hinh", autoLayout = false)
@AnonymousAllowed
public class DisplayBoardView extends Div implements HasDynamicTitle {

    /** How long a new call stays highlighted; the CSS animation of .board-fresh lasts as long. */
    static final Duration FRESH = Duration.ofSeconds(20);
    static final int EARLIER_CALLS = 6;

    private final QueueService queue;
    private final QueueBroadcaster broadcaster;
    private final Announcer announcer;
    private final BoardTimer timer;
    private final Clock clock;

    private final Div latest = new Div();
    private final Div counters = new Div();
    private final Div calls = new Div();
    private final Div waiting = new Div();
    private final Div speaker = new Div();
    private final Button enableSound = new Button(VaadinIcon.VOLUME_UP.create());
    private final Button mute = new Button();
    private Call shownCall;
    private BoardVoice voice;
    private Registration subscription;

    public DisplayBoardView(QueueService queue, QueueBroadcaster broadcaster, Announcer announcer, BoardTimer timer,
                            OfficeProperties office, Clock clock) {
        this.queue = queue;
        this.broadcaster = broadcaster;
        this.announcer = announcer;
        this.timer = timer;
        this.clock = clock;
        addClassName("board");

        Span officeName = new Span(office.name());
        officeName.addClassName("board-office");
        enableSound.setText(getTranslation("board.sound.enable"));
        enableSound.addClassName("board-sound-enable");
        enableSound.addThemeVariants(ButtonVariant.PRIMARY);
        enableSound.addClickListener(e -> voice.enableSound());
        mute.addClassName("board-mute");
        mute.addClickListener(e -> voice.setMuted(!voice.isMuted()));
        Header head = new Header(officeName, enableSound, mute);
        head.addClassName("board-head");

        latest.addClassName("board-latest");
        latest.setId("board-latest");
        counters.addClassName("board-counters");
        Section earlier = section("board.calls", calls, "board-calls");
        Section perService = section("board.waiting", waiting, "board-waiting");
        speaker.addClassName("board-speaker");
        add(head, latest, counters, earlier, perService, speaker);
    }

    private Section section(String titleKey, Div body, String className) {
        H2 title = new H2(getTranslation(titleKey));
        Section s = new Section(title, body);
        s.addClassName(className);
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        voice = new BoardVoice(announcer, speaker.getElement(),
                (delay, task) -> timer.schedule(ui, delay, task::run), this::showSoundState);
        showSoundState();
        show(queue.board(), false);
        subscription = broadcaster.register(ui, this::on);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        if (voice != null) {
            voice.close();
        }
    }

    /** Runs inside this board's UI lock (see QueueBroadcaster); the change is pushed when it returns. */
    private void on(QueueEvent event) {
        show(queue.board(), true);
        switch (event) {
            case QueueEvent.TicketCalled c -> voice.announce(c.display(), c.counter());
            case QueueEvent.TicketRecalled r -> voice.announce(r.display(), r.counter());
            default -> {
            }
        }
    }

    private void show(Board board, boolean live) {
        showLatest(board.lastCalls(), live);
        showCounters(board.counters());
        showEarlier(board.lastCalls());
        showWaiting(board.waiting());
    }

    private void showLatest(List<Call> lastCalls, boolean live) {
        Call call = lastCalls.isEmpty() ? null : lastCalls.getFirst();
        if (call != null && call.equals(shownCall)) {
            return;
        }
        shownCall = call;
        latest.removeAll();
        latest.removeClassName("board-fresh");
        if (call == null) {
            Span none = new Span(getTranslation("board.latest.none"));
            none.addClassName("board-latest-none");
            latest.add(none);
            return;
        }
        // A new element each time, so the highlight's CSS animation starts again for every call.
        Div body = new Div();
        body.addClassName("board-latest-body");
        Span invite = new Span(getTranslation(call.recall() ? "board.latest.recall" : "board.latest.invite"));
        invite.addClassName("board-latest-invite");
        Span number = new Span(call.display());
        number.addClassName("board-latest-number");
        Span counter = new Span(getTranslation("board.latest.counter", String.valueOf(call.counter())));
        counter.addClassName("board-latest-counter");
        body.add(invite, number, counter);
        boolean fresh = live || Duration.between(call.at(), clock.instant()).compareTo(FRESH) < 0;
        if (fresh) {
            body.addClassName("board-fresh");
        }
        latest.add(body);
    }

    private void showCounters(List<CounterLine> lines) {
        counters.removeAll();
        for (CounterLine line : lines) {
            Span name = new Span(line.counter().name());
            name.addClassName("board-counter-name");
            Span serving = new Span(line.serving() == null ? getTranslation("board.counter.free") : line.serving());
            serving.addClassName("board-counter-serving");
            Div cell = new Div(name, serving);
            cell.addClassName("board-counter");
            cell.getElement().setAttribute("data-counter", String.valueOf(line.counter().number()));
            if (line.serving() == null) {
                cell.addClassName("board-counter-free");
            }
            counters.add(cell);
        }
    }

    private void showEarlier(List<Call> lastCalls) {
        calls.removeAll();
        lastCalls.stream().skip(1).limit(EARLIER_CALLS).forEach(call -> {
            Span number = new Span(call.display());
            number.addClassName("board-call-number");
            Span counter = new Span(getTranslation("board.call.counter", String.valueOf(call.counter())));
            counter.addClassName("board-call-counter");
            Div item = new Div(number, counter);
            item.addClassName("board-call");
            calls.add(item);
        });
    }

    private void showWaiting(List<ServiceWaiting> services) {
        waiting.removeAll();
        for (ServiceWaiting s : services) {
            Span prefix = new Span(s.service().prefix());
            prefix.addClassName("board-service-prefix");
            String name = Objects.requireNonNullElse(
                    "en".equals(getLocale().getLanguage()) ? s.service().nameEn() : null, s.service().name());
            Span serviceName = new Span(name);
            serviceName.addClassName("board-service-name");
            Span count = new Span(getTranslation("board.waiting.count", s.waiting()));
            count.addClassName("board-service-count");
            Div row = new Div(prefix, serviceName, count);
            row.addClassName("board-service");
            row.getElement().setAttribute("data-service", s.service().id());
            waiting.add(row);
        }
    }

    private void showSoundState() {
        enableSound.setVisible(!voice.isSoundEnabled() && !voice.isMuted());
        mute.setIcon((voice.isMuted() ? VaadinIcon.VOLUME_OFF : VaadinIcon.VOLUME).create());
        mute.setText(getTranslation(voice.isMuted() ? "board.sound.unmute" : "board.sound.mute"));
        mute.getElement().setAttribute("aria-pressed", String.valueOf(voice.isMuted()));
        if (voice.isMuted()) {
            addClassName("board-muted");
        } else {
            removeClassName("board-muted");
        }
    }

    // ------------------------------------------------------------------ for tests

    BoardVoice voice() {
        return voice;
    }
}
