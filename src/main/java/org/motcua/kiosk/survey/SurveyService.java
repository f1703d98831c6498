package org.motcua.kiosk.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.ProcedureCode;
import org.motcua.kiosk.queue.QueueEvent;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.queue.TicketState;
import org.motcua.kiosk.survey.Rating.Flag;
import org.motcua.kiosk.survey.SurveyException.Problem;

/**
 * Taking ratings. "Hoàn thành" at a counter opens that counter's rating window for the ticket just served; a rating
 * there (screen or buttons) is bound to that ticket, its service, counter and officer, and closes the window. A
 * press with no open window, or a second rating of a ticket or dossier, is stored flagged and not counted — never
 * dropped. At the kiosk a citizen rates by the code on the ticket (its QR) or on the receipt (the dossier code).
 */
@Service
public class SurveyService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Pattern TICKET_LINK = Pattern.compile(
            ".*?/ve/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?(\\?.*)?");
    private static final Pattern UUID_ONLY = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SurveyRepository repository;
    private final QueueService queue;
    private final CatalogService catalog;
    private final SurveyProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Map<Integer, RatingWindow> windows = new ConcurrentHashMap<>();
    /** Locks the screen and the buttons when a window times out unrated. */
    private final java.util.concurrent.ScheduledExecutorService timeouts =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rating-windows");
                t.setDaemon(true);
                return t;
            });

    SurveyService(SurveyRepository repository, QueueService queue, CatalogService catalog, SurveyProperties properties,
                  Clock clock, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.repository = repository;
        this.queue = queue;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    public RatingScale scale() {
        return properties.scale();
    }

    // ------------------------------------------------------------------ at the counter

    @EventListener
    void on(QueueEvent.TicketFinished finished) {
        RatingWindow w = new RatingWindow(finished.counter(), finished.ticketId(), finished.display(),
                finished.serviceId(), finished.officer(), finished.at(), finished.at().plus(properties.counterWindow()));
        windows.put(finished.counter(), w);
        events.publishEvent(new RatingWindowOpened(w));
        timeouts.schedule(() -> {
            if (windows.remove(w.counter(), w)) {
                events.publishEvent(new RatingWindowClosed(w.counter(), w.ticketId()));
            }
        }, properties.counterWindow().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        timeouts.shutdownNow();
    }

    /** The counter's open window, if a finished ticket is waiting for its rating right now. */
    public Optional<RatingWindow> window(int counter) {
        RatingWindow w = windows.get(counter);
        if (w != null && !w.isOpenAt(clock.instant())) {
            windows.remove(counter, w);
            return Optional.empty();
        }
        return Optional.ofNullable(w);
    }

    /** Ends the counter's window without a rating (the officer or the timeout), so stray presses are flagged. */
    public void closeWindow(int counter) {
        RatingWindow w = windows.remove(counter);
        if (w != null) {
            events.publishEvent(new RatingWindowClosed(counter, w.ticketId()));
        }
    }

    /**
     * A rating given at a counter, on its screen or its buttons. Bound to the window's ticket; with no open window it
     * is stored flagged, not counted.
     */
    public Rating rateAtCounter(int counter, RatingInput input, Channel channel) {
        checkLevel(input);
        Instant now = clock.instant();
        Optional<RatingWindow> open = window(counter);
        Rating rating;
        if (open.isEmpty()) {
            rating = rating(now, channel, input, null, null, null, null, null, counter, null, false, Flag.OUTSIDE_WINDOW);
            store(rating);
            return rating;
        }
        RatingWindow w = open.get();
        windows.remove(counter, w);
        Ticket t = queue.ticket(w.ticketId()).orElse(null);
        rating = store(ratingOfTicket(now, channel, input, w.ticketId(), w.ticketDisplay(), w.serviceId(),
                t == null ? null : t.procedureCode(), counter, w.officer()));
        events.publishEvent(new RatingWindowClosed(counter, w.ticketId()));
        return rating;
    }

    // ------------------------------------------------------------------ at the kiosk

    /**
     * What a scanned or typed code points to: a ticket's link (or its id), or a dossier code.
     *
     * @throws SurveyException UNKNOWN_CODE when it is neither
     */
    public RatingTarget resolve(String scanned) {
        String s = scanned == null ? "" : scanned.strip();
        Matcher link = TICKET_LINK.matcher(s);
        String id = link.matches() ? link.group(1) : UUID_ONLY.matcher(s).matches() ? s : null;
        if (id != null) {
            Ticket t = queue.ticket(UUID.fromString(id)).orElseThrow(() -> new SurveyException(Problem.UNKNOWN_TICKET));
            return new RatingTarget.OfTicket(t.id(), t.display());
        }
        if (DossierCode.isValid(s)) {
            DossierCode code = new DossierCode(s);
            implausible(code).ifPresent(problem -> {
                throw new SurveyException(problem, code.value(), DATE.format(code.receivedOn()));
            });
            return new RatingTarget.OfDossier(code);
        }
        throw new SurveyException(Problem.UNKNOWN_CODE, s.length() > 60 ? s.substring(0, 60) + "…" : s);
    }

    /**
     * A ticket rated at the kiosk by its code: only after it was finished, and not later than the code window.
     *
     * @throws SurveyException NOT_FINISHED or TOO_LATE (nothing stored: the citizen is told why)
     */
    public Rating rateTicket(UUID ticketId, RatingInput input) {
        checkLevel(input);
        Ticket t = rateableTicket(ticketId);
        Instant now = clock.instant();
        return store(ratingOfTicket(now, Channel.KIOSK, input, t.id(), t.display(), t.serviceId(), t.procedureCode(),
                t.counter(), t.officer()));
    }

    /**
     * Whether a ticket can be rated at the kiosk now, asked before the citizen chooses, so that nobody answers the
     * questions only to hear the ticket is not finished.
     *
     * @throws SurveyException UNKNOWN_TICKET, NOT_FINISHED or TOO_LATE
     */
    public void checkTicketRateable(UUID ticketId) {
        rateableTicket(ticketId);
    }

    private Ticket rateableTicket(UUID ticketId) {
        Ticket t = queue.ticket(ticketId).orElseThrow(() -> new SurveyException(Problem.UNKNOWN_TICKET));
        Instant finished = queue.finishedAt(ticketId).orElse(null);
        if (t.state() != TicketState.FINISHED || finished == null) {
            throw new SurveyException(Problem.NOT_FINISHED, t.display());
        }
        if (clock.instant().isAfter(finished.plus(properties.codeWindow()))) {
            throw new SurveyException(Problem.TOO_LATE, t.display());
        }
        return t;
    }

    /**
     * A dossier rated at the kiosk by the code on its receipt; one counted rating per dossier. A code the office
     * cannot have given out (dated after today, or before {@code dossier-max-age}) is stored flagged, never counted:
     * invented codes cannot move the office's figures.
     */
    public Rating rateDossier(DossierCode code, RatingInput input) {
        checkLevel(input);
        Instant now = clock.instant();
        if (implausible(code).isPresent()) {
            return store(rating(now, Channel.KIOSK, input, null, null, code.value(), null, null, null, null, false,
                    Flag.IMPLAUSIBLE_CODE));
        }
        boolean first = !repository.dossierRated(code.value());
        return store(rating(now, Channel.KIOSK, input, null, null, code.value(), null, null, null, null, first,
                first ? null : Flag.ALREADY_RATED));
    }

    /** Why the office cannot have given out this dossier code, judged by its date in Vietnam's calendar. */
    private Optional<Problem> implausible(DossierCode code) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.VIETNAM);
        if (code.receivedOn().isAfter(today)) {
            return Optional.of(Problem.DOSSIER_IN_FUTURE);
        }
        LocalDate oldest = LocalDate.ofInstant(clock.instant().minus(properties.dossierMaxAge()), TimeConfiguration.VIETNAM);
        return code.receivedOn().isBefore(oldest) ? Optional.of(Problem.DOSSIER_TOO_OLD) : Optional.empty();
    }

    // ------------------------------------------------------------------ storing

    private Rating ratingOfTicket(Instant now, Channel channel, RatingInput input, UUID ticketId, String display,
                                  String serviceId, String procedureCode, Integer counter, String officer) {
        boolean first = !repository.ticketRated(ticketId);
        return rating(now, channel, input, ticketId, display, null, serviceId, field(serviceId, procedureCode), counter,
                officer, first, first ? null : Flag.ALREADY_RATED);
    }

    private Rating rating(Instant now, Channel channel, RatingInput input, UUID ticketId, String display,
                          String dossier, String serviceId, String field, Integer counter, String officer,
                          boolean counted, Flag flag) {
        RatingScale scale = scale();
        return new Rating(UUID.randomUUID(), now, channel, scale.size(), input.level(),
                scale.dissatisfied(input.level()), ticketId, display, dossier, serviceId, field, counter, officer,
                input.answers(), input.reasons(), input.comment(), counted, flag);
    }

    private Rating store(Rating rating) {
        transactions.executeWithoutResult(tx -> repository.insert(rating));
        events.publishEvent(new RatingRecorded(rating));
        return rating;
    }

    /** The procedure's field when the citizen chose one, else the service's first field. */
    private String field(String serviceId, String procedureCode) {
        if (procedureCode != null && ProcedureCode.isValid(procedureCode)) {
            var p = catalog.find(ProcedureCode.of(procedureCode));
            if (p.isPresent()) {
                return p.get().field();
            }
        }
        return serviceId == null ? null : queue.service(serviceId).map(ServiceType::fields)
                .filter(f -> !f.isEmpty()).map(f -> f.getFirst()).orElse(null);
    }

    private void checkLevel(RatingInput input) {
        if (!scale().isLevel(input.level())) {
            throw new SurveyException(Problem.BAD_LEVEL, input.level(), scale().size());
        }
    }
}
