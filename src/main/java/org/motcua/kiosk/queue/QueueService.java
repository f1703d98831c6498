package org.motcua.kiosk.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.motcua.kiosk.queue.QueueException.Problem;
import org.motcua.kiosk.queue.QueueEvent.ServingStarted;
import org.motcua.kiosk.queue.QueueEvent.TicketCalled;
import org.motcua.kiosk.queue.QueueEvent.TicketFinished;
import org.motcua.kiosk.queue.QueueEvent.TicketIssued;
import org.motcua.kiosk.queue.QueueEvent.TicketNoShow;
import org.motcua.kiosk.queue.QueueEvent.TicketRecalled;
import org.motcua.kiosk.queue.QueueEvent.TicketTransferred;
import org.motcua.kiosk.queue.QueueViews.Board;
import org.motcua.kiosk.queue.QueueViews.Call;
import org.motcua.kiosk.queue.QueueViews.CounterLine;
import org.motcua.kiosk.queue.QueueViews.CounterScreen;
import org.motcua.kiosk.queue.QueueViews.IssuedTicket;
import org.motcua.kiosk.queue.QueueViews.ServiceStatus;
import org.motcua.kiosk.queue.QueueViews.ServiceWaiting;

/**
 * Issuing and calling numbers. Every change is one Derby transaction that also writes its event row, so a crash at
 * any moment loses no issued ticket and never repeats a number; the matching {@link QueueEvent} is published once the
 * transaction has committed. Bad requests throw {@link QueueException} and change nothing.
 */
@Service
public class QueueService {

    private static final int LAST_CALLS = 8;

    private final QueueRepository repository;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClockCheck clockCheck;

    QueueService(QueueRepository repository, TransactionTemplate transactions, ApplicationEventPublisher events,
                 Clock clock, ClockCheck clockCheck) {
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.clockCheck = clockCheck;
    }

    // ------------------------------------------------------------------ configuration

    public List<ServiceType> services() {
        return repository.services();
    }

    public Optional<ServiceType> service(String id) {
        return repository.service(id);
    }

    public List<Counter> counters() {
        return repository.counters();
    }

    public OrderingPolicy policy() {
        return repository.policy();
    }

    public void saveService(ServiceType service) {
        inTransaction(() -> {
            repository.services().stream()
                    .filter(s -> s.prefix().equals(service.prefix()) && !s.id().equals(service.id()))
                    .findAny()
                    .ifPresent(s -> {
                        throw new IllegalArgumentException("chữ cái " + service.prefix() + " đã dùng cho \"" + s.name()
                                + "\" / prefix " + service.prefix() + " is already used by \"" + s.name() + "\"");
                    });
            repository.saveService(service);
            return null;
        });
    }

    public void saveCounter(Counter counter) {
        inTransaction(() -> {
            Set<String> known = repository.services().stream().map(ServiceType::id).collect(Collectors.toSet());
            for (String id : counter.serviceIds()) {
                if (!known.contains(id)) {
                    throw new QueueException(Problem.UNKNOWN_SERVICE, id);
                }
            }
            repository.saveCounter(counter);
            return null;
        });
    }

    public void savePolicy(OrderingPolicy policy) {
        inTransaction(() -> {
            repository.savePolicy(policy);
            return null;
        });
    }

    /** The service that serves procedures of this field, if any: "Lấy số cho thủ tục này". */
    public Optional<ServiceType> serviceForField(String field) {
        return repository.services().stream().filter(ServiceType::active)
                .filter(s -> s.fields().contains(field)).findFirst();
    }

    // ------------------------------------------------------------------ kiosk

    /** The services the kiosk offers, each with whether it issues tickets right now. */
    public List<ServiceStatus> servicesForKiosk() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<Ticket> waiting = repository.waiting(today);
        List<Counter> counters = repository.counters();
        List<ServiceStatus> out = new ArrayList<>();
        boolean clockBehind = clockCheck.heldUntil(clock.instant()).isPresent();
        for (ServiceType s : repository.services()) {
            if (!s.active()) {
                continue;
            }
            Problem closed = clockBehind ? Problem.CLOCK_BEHIND
                    : closedBecause(s, now, repository.countIssued(s.id(), today));
            int count = (int) waiting.stream().filter(t -> t.serviceId().equals(s.id())).count();
            out.add(new ServiceStatus(s, closed == null, closed, count, countersServing(counters, s.id())));
        }
        return out;
    }

    public IssuedTicket issueTicket(String serviceId, PriorityGroup priority) {
        return issueTicket(serviceId, priority, null);
    }

    /**
     * Issues the next number of a service.
     *
     * @param procedureCode the procedure the citizen chose on the kiosk, if any
     * @throws QueueException when the service is unknown, closed now, out of numbers or past its daily limit
     */
    public IssuedTicket issueTicket(String serviceId, PriorityGroup priority, String procedureCode) {
        IssuedTicket issued;
        try {
            issued = inTransaction(() -> issue(serviceId, priority, procedureCode));
        } catch (DataIntegrityViolationException firstOfTheDayRace) {
            // Two kiosks created the day's sequence row at the same moment; the second try finds it.
            issued = inTransaction(() -> issue(serviceId, priority, procedureCode));
        }
        Ticket t = issued.ticket();
        events.publishEvent(new TicketIssued(t.id(), t.display(), t.serviceId(), t.priority(), t.issuedAt(),
                issued.peopleAhead(), issued.estimatedWaitMinutes()));
        return issued;
    }

    private IssuedTicket issue(String serviceId, PriorityGroup priority, String procedureCode) {
        Instant now = clock.instant();
        LocalDateTime local = LocalDateTime.ofInstant(now, clock.getZone());
        LocalDate today = local.toLocalDate();
        ServiceType service = repository.service(serviceId)
                .orElseThrow(() -> new QueueException(Problem.UNKNOWN_SERVICE, serviceId));
        if (!service.active()) {
            throw new QueueException(Problem.SERVICE_INACTIVE, service.name());
        }
        // A clock that went back (a Pi without a battery clock, after a power cut) must not number tickets again on
        // a day already past: the numbers of that day were given out, and dates would go backwards.
        if (clockCheck.heldUntil(now).isPresent()) {
            throw new QueueException(Problem.CLOCK_BEHIND, service.name());
        }
        int[] sequence = repository.lockSequence(serviceId, today, service.firstNumber());
        Problem closed = closedBecause(service, local, sequence[1]);
        if (closed != null) {
            throw new QueueException(closed, service.name(), service.hours().hoursText(), service.dailyLimit());
        }
        Set<String> live = repository.liveDisplays(serviceId, today);
        int number = sequence[0];
        String display = null;
        for (int tries = 0; tries < service.rangeSize(); tries++) {
            number = number >= service.lastNumber() ? service.firstNumber() : number + 1;
            if (!live.contains(service.display(number))) {
                display = service.display(number);
                break;
            }
        }
        if (display == null) {
            throw new QueueException(Problem.NUMBERS_EXHAUSTED, service.name());
        }
        Ticket ticket = new Ticket(UUID.randomUUID(), 0, today, serviceId, display, priority, procedureCode,
                TicketState.WAITING, now, now, null, null, null, null, null, 0);
        repository.insert(ticket);
        repository.advanceSequence(serviceId, today, number);
        repository.event(ticket.id(), "ISSUED", now, serviceId, null, null, priority == null ? null : priority.name());

        List<Counter> counters = repository.counters();
        List<Ticket> waiting = repository.waiting(today);
        int ahead = (int) waiting.stream()
                .filter(t -> t.serviceId().equals(serviceId) && !t.id().equals(ticket.id()))
                .filter(t -> priority == null || t.isPriority())
                .count();
        List<Integer> serving = countersServing(counters, serviceId);
        double minutesEach = averageServiceMinutes(serviceId, today);
        int estimate = (int) Math.ceil(ahead * minutesEach / Math.max(1, serving.size()));
        return new IssuedTicket(ticket, service, serving, ahead, estimate);
    }

    /** Why a service issues no ticket at this moment, or null when it does. */
    private static Problem closedBecause(ServiceType s, LocalDateTime now, int issuedToday) {
        if (!s.hours().isOpenOn(now.getDayOfWeek())) {
            return Problem.CLOSED_TODAY;
        }
        if (!s.hours().isOpen(now)) {
            return Problem.OUTSIDE_HOURS;
        }
        if (s.dailyLimit() != null && issuedToday >= s.dailyLimit()) {
            return Problem.DAILY_LIMIT;
        }
        return null;
    }

    /** The day's average service time of a service so far, from the tickets' summaries; the policy's default before. */
    private double averageServiceMinutes(String serviceId, LocalDate day) {
        return repository.averageServiceMinutes(serviceId, day).orElse(repository.policy().defaultServiceMinutes());
    }

    private static List<Integer> countersServing(List<Counter> counters, String serviceId) {
        return counters.stream().filter(c -> c.active() && c.serves(serviceId)).map(Counter::number).toList();
    }

    // ------------------------------------------------------------------ counters

    /** What a counter's screen shows: its current ticket and what it may call, in call order. */
    public CounterScreen counterScreen(int counterNumber) {
        Counter counter = repository.counter(counterNumber)
                .orElseThrow(() -> new QueueException(Problem.UNKNOWN_COUNTER, counterNumber));
        LocalDate today = LocalDate.now(clock);
        return new CounterScreen(counter, repository.atCounter(today, counterNumber).orElse(null),
                CallOrder.candidates(callable(counter, today), counterNumber, repository.policy(),
                        repository.normalSincePriority(counterNumber), clock.instant()));
    }

    /** Calls the next ticket for this counter by the ordering policy ("Gọi số tiếp theo"). */
    public Ticket callNext(int counterNumber, String officer) {
        Ticket called = inTransaction(() -> {
            Counter counter = lockFreeCounter(counterNumber);
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            List<Ticket> order = CallOrder.candidates(callable(counter, today), counterNumber, repository.policy(),
                    repository.normalSincePriority(counterNumber), now);
            for (Ticket candidate : order) {
                if (repository.moveIf(candidate.id(), TicketState.WAITING, TicketState.CALLED, counterNumber, officer,
                        now, 1)) {
                    return called(candidate, counterNumber, officer, now);
                }
            }
            throw new QueueException(Problem.EMPTY_QUEUE, counterNumber);
        });
        events.publishEvent(new TicketCalled(called.id(), called.display(), called.serviceId(), counterNumber, officer,
                called.calledAt()));
        return called;
    }

    /** Calls one given number, e.g. a citizen who came back after being marked absent. */
    public Ticket call(int counterNumber, String officer, String display) {
        String number = display == null ? "" : display.strip().toUpperCase(java.util.Locale.ROOT);
        Ticket called = inTransaction(() -> {
            Counter counter = lockFreeCounter(counterNumber);
            LocalDate today = LocalDate.now(clock);
            Ticket t = repository.liveTicket(today, number).orElseThrow(() -> notLive(number, today));
            if (t.state() != TicketState.WAITING) {
                throw new QueueException(Problem.NOT_WAITING, number, t.counter());
            }
            if (!mayCall(counter, t)) {
                throw new QueueException(Problem.NOT_SERVED_HERE, number, counterNumber);
            }
            Instant now = clock.instant();
            if (!repository.moveIf(t.id(), TicketState.WAITING, TicketState.CALLED, counterNumber, officer, now, 1)) {
                throw new QueueException(Problem.NOT_WAITING, number, null);
            }
            return called(t, counterNumber, officer, now);
        });
        events.publishEvent(new TicketCalled(called.id(), called.display(), called.serviceId(), counterNumber, officer,
                called.calledAt()));
        return called;
    }

    private Ticket called(Ticket t, int counter, String officer, Instant now) {
        if (t.targetCounter() == null) {
            repository.setNormalSincePriority(counter, t.isPriority() ? 0 : repository.normalSincePriority(counter) + 1);
        }
        repository.event(t.id(), "CALLED", now, t.serviceId(), counter, officer, null);
        return repository.ticket(t.id()).orElseThrow();
    }

    public Ticket recall(int counterNumber, String officer) {
        Ticket t = inTransaction(() -> {
            Ticket current = current(counterNumber);
            if (current.state() != TicketState.CALLED) {
                throw new QueueException(Problem.ALREADY_SERVING, current.display());
            }
            Instant now = clock.instant();
            repository.moveIf(current.id(), TicketState.CALLED, TicketState.CALLED, counterNumber, officer, now, 1);
            repository.event(current.id(), "RECALLED", now, current.serviceId(), counterNumber, officer, null);
            return repository.ticket(current.id()).orElseThrow();
        });
        events.publishEvent(new TicketRecalled(t.id(), t.display(), t.serviceId(), counterNumber, officer,
                t.calledAt()));
        return t;
    }

    public Ticket startServing(int counterNumber, String officer) {
        Instant now = clock.instant();
        Ticket t = inTransaction(() -> {
            Ticket current = current(counterNumber);
            if (current.state() != TicketState.CALLED) {
                throw new QueueException(Problem.ALREADY_SERVING, current.display());
            }
            repository.moveIf(current.id(), TicketState.CALLED, TicketState.SERVING, counterNumber, officer, null, 0);
            repository.event(current.id(), "SERVING", now, current.serviceId(), counterNumber, officer, null);
            return repository.ticket(current.id()).orElseThrow();
        });
        events.publishEvent(new ServingStarted(t.id(), t.display(), t.serviceId(), counterNumber, officer, now));
        return t;
    }

    /** The citizen did not come when called. */
    public Ticket markNoShow(int counterNumber, String officer) {
        Instant now = clock.instant();
        Ticket t = inTransaction(() -> {
            Ticket current = current(counterNumber);
            if (current.state() != TicketState.CALLED) {
                throw new QueueException(Problem.ALREADY_SERVING, current.display());
            }
            repository.moveIf(current.id(), TicketState.CALLED, TicketState.NO_SHOW, counterNumber, officer, null, 0);
            repository.event(current.id(), "NO_SHOW", now, current.serviceId(), counterNumber, officer, null);
            return repository.ticket(current.id()).orElseThrow();
        });
        events.publishEvent(new TicketNoShow(t.id(), t.display(), t.serviceId(), counterNumber, officer, now));
        return t;
    }

    /**
     * Done at this counter. A ticket that was sent here with a return goes back to the counter it came from, first in
     * its line; otherwise it is finished, and the counter's rating device may ask the citizen.
     */
    public Ticket finish(int counterNumber, String officer) {
        Instant now = clock.instant();
        Ticket[] result = new Ticket[1];
        QueueEvent event = inTransaction(() -> {
            Ticket current = current(counterNumber);
            if (current.returnCounter() != null) {
                repository.requeue(current.id(), current.state(), current.serviceId(), current.returnCounter(), null,
                        now);
                repository.event(current.id(), "RETURNED", now, current.serviceId(), counterNumber, officer,
                        "counter " + current.returnCounter());
                result[0] = repository.ticket(current.id()).orElseThrow();
                return new TicketTransferred(current.id(), current.display(), current.serviceId(), counterNumber,
                        current.returnCounter(), null, now);
            }
            repository.moveIf(current.id(), current.state(), TicketState.FINISHED, counterNumber, officer, null, 0);
            repository.event(current.id(), "FINISHED", now, current.serviceId(), counterNumber, officer, null);
            result[0] = repository.ticket(current.id()).orElseThrow();
            return new TicketFinished(current.id(), current.display(), current.serviceId(), counterNumber, officer, now);
        });
        events.publishEvent(event);
        return result[0];
    }

    /**
     * Sends the citizen at this counter to another service's line or to another counter; with {@code returnAfter}
     * the ticket comes back to this counter when that one finishes.
     *
     * @param toServiceId the service to join (its own line, in the place of the original ticket), or null
     * @param toCounter the counter to go to (called there first), or null
     */
    public Ticket transfer(int counterNumber, String officer, String toServiceId, Integer toCounter,
                           boolean returnAfter) {
        Instant now = clock.instant();
        Ticket t = inTransaction(() -> {
            Ticket current = current(counterNumber);
            String serviceId = current.serviceId();
            if (toServiceId != null) {
                ServiceType s = repository.service(toServiceId)
                        .orElseThrow(() -> new QueueException(Problem.UNKNOWN_SERVICE, toServiceId));
                serviceId = s.id();
            }
            if (toCounter != null) {
                Counter c = repository.counter(toCounter)
                        .orElseThrow(() -> new QueueException(Problem.UNKNOWN_COUNTER, toCounter));
                if (!c.active()) {
                    throw new QueueException(Problem.COUNTER_INACTIVE, toCounter);
                }
            }
            if ((toCounter == null && serviceId.equals(current.serviceId()))
                    || (toCounter != null && toCounter == counterNumber)) {
                throw new QueueException(Problem.SAME_PLACE, current.display());
            }
            // A citizen sent elsewhere keeps the place they queued for, rather than joining the end of the line.
            repository.requeue(current.id(), current.state(), serviceId, toCounter, returnAfter ? counterNumber : null,
                    current.issuedAt());
            repository.event(current.id(), "TRANSFERRED", now, current.serviceId(), counterNumber, officer,
                    "to " + (toCounter != null ? "counter " + toCounter : "service " + serviceId)
                            + (returnAfter ? ", return " + counterNumber : ""));
            return repository.ticket(current.id()).orElseThrow();
        });
        events.publishEvent(new TicketTransferred(t.id(), t.display(), t.serviceId(), counterNumber, toCounter,
                t.returnCounter(), now));
        return t;
    }

    private Ticket current(int counterNumber) {
        repository.counter(counterNumber).orElseThrow(() -> new QueueException(Problem.UNKNOWN_COUNTER, counterNumber));
        repository.setNormalSincePriority(counterNumber, repository.normalSincePriority(counterNumber)); // row lock
        return repository.atCounter(LocalDate.now(clock), counterNumber)
                .orElseThrow(() -> new QueueException(Problem.NO_CURRENT_TICKET, counterNumber));
    }

    /** The counter, locked for this transaction, with nobody at it. */
    private Counter lockFreeCounter(int counterNumber) {
        Counter counter = repository.counter(counterNumber)
                .orElseThrow(() -> new QueueException(Problem.UNKNOWN_COUNTER, counterNumber));
        if (!counter.active()) {
            throw new QueueException(Problem.COUNTER_INACTIVE, counterNumber);
        }
        // Taking the counter's row lock: two officers at one counter cannot both call.
        repository.setNormalSincePriority(counterNumber, repository.normalSincePriority(counterNumber));
        repository.atCounter(LocalDate.now(clock), counterNumber).ifPresent(t -> {
            throw new QueueException(Problem.COUNTER_BUSY, counterNumber, t.display());
        });
        return counter;
    }

    private List<Ticket> callable(Counter counter, LocalDate today) {
        return repository.waiting(today).stream().filter(t -> mayCall(counter, t)).toList();
    }

    private static boolean mayCall(Counter counter, Ticket t) {
        return t.targetCounter() != null ? t.targetCounter() == counter.number() : counter.serves(t.serviceId());
    }

    private QueueException notLive(String display, LocalDate today) {
        return repository.latestWithDisplay(display)
                .map(t -> t.day().equals(today)
                        ? new QueueException(Problem.NOT_WAITING, display, t.counter())
                        : new QueueException(Problem.OTHER_DAY, display, t.day()))
                .orElseGet(() -> new QueueException(Problem.UNKNOWN_TICKET, display));
    }

    // ------------------------------------------------------------------ board and figures

    public Board board() {
        LocalDate today = LocalDate.now(clock);
        Instant from = today.atStartOfDay(clock.getZone()).toInstant();
        List<Counter> counters = repository.counters().stream().filter(Counter::active).toList();
        Map<Integer, String> serving = repository.atCounters(today).stream()
                .collect(Collectors.toMap(Ticket::counter, Ticket::display, (a, b) -> a));
        List<Call> calls = repository.lastCalls(from, LAST_CALLS);
        List<Ticket> waiting = repository.waiting(today);
        List<ServiceWaiting> perService = repository.services().stream().filter(ServiceType::active)
                .map(s -> new ServiceWaiting(s, (int) waiting.stream().filter(t -> t.serviceId().equals(s.id())).count()))
                .toList();
        return new Board(calls, counters.stream().map(c -> new CounterLine(c, serving.get(c.number()))).toList(),
                perService);
    }

    /** Waiting, service and idle times of one day, from its events. */
    public QueueStatistics.Figures figures(LocalDate day) {
        Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        return QueueStatistics.compute(repository.events(from, from.plus(Duration.ofDays(1))));
    }

    /** The events of [from, to), in time order, with their officer: the raw material of the reports. */
    public List<QueueStatistics.Row> events(Instant from, Instant to) {
        return repository.events(from, to);
    }

    /**
     * The summaries of the tickets issued in [from, to), one by one (kept with the events, see {@link
     * TicketSummary}): what the queue report reads.
     */
    public void summaries(Instant from, Instant to, java.util.function.Consumer<TicketSummary.Line> each) {
        repository.summaries(from, to, null, each);
    }

    /**
     * The same, of one office only: on the hub, whose summaries carry the office they came from ({@code office_code},
     * a column of the hub's database only; a kiosk's has none, so a kiosk never asks this).
     */
    public void summaries(Instant from, Instant to, String officeCode,
                          java.util.function.Consumer<TicketSummary.Line> each) {
        repository.summaries(from, to, java.util.Objects.requireNonNull(officeCode), each);
    }

    /**
     * The same with the office each ticket came from ({@code office_code}), of all offices or of one (null: all):
     * on the hub only, for the reports that compare offices; a kiosk's database has no office column.
     */
    public void summariesWithOffice(Instant from, Instant to, String officeCode,
                                    java.util.function.BiConsumer<String, TicketSummary.Line> each) {
        repository.summariesWithOffice(from, to, officeCode, each);
    }

    public Optional<TicketSummary> summary(UUID ticketId) {
        return repository.summary(ticketId);
    }

    public Optional<Ticket> ticket(UUID id) {
        return repository.ticket(id);
    }

    /** When the ticket was finished, if it was. */
    public Optional<Instant> finishedAt(UUID ticketId) {
        return repository.finishedAt(ticketId);
    }

    /** A ticket as its owner sees it from the QR code: its state and, while it waits, how many are before it. */
    public Optional<QueueViews.TicketStatus> status(UUID id) {
        LocalDate today = LocalDate.now(clock);
        return repository.ticket(id).map(t -> {
            // numbers are called on their own day only: one of an earlier day still waiting, called or served is over
            boolean expired = t.day().isBefore(today)
                    && t.state() != TicketState.FINISHED && t.state() != TicketState.NO_SHOW;
            int ahead = 0;
            if (t.state() == TicketState.WAITING && !expired) {
                ahead = (int) repository.waiting(t.day()).stream()
                        .filter(o -> o.serviceId().equals(t.serviceId()) && !o.id().equals(t.id()))
                        .filter(o -> !t.isPriority() || o.isPriority())
                        .filter(o -> o.queuedAt().isBefore(t.queuedAt())
                                || (o.queuedAt().equals(t.queuedAt()) && o.seq() < t.seq()))
                        .count();
            }
            return new QueueViews.TicketStatus(t, repository.service(t.serviceId()).orElse(null), ahead, expired);
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(tx -> work.get());
    }
}
