package org.motcua.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.queue.QueueException.Problem;
import org.motcua.kiosk.support.ManualClock;

/**
 * Numbers, hours, limits, calling, transfer, and two counters at once, on a real Derby database. Each test uses
 * services and counters of its own, so the tests share one application context.
 */
@SpringBootTest(properties = "motcua.queue.demo=false")
@Import({ManualClock.Config.class, QueueServiceTest.Heard.class})
class QueueServiceTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final LocalDateTime WEDNESDAY_9 = LocalDateTime.of(2026, 11, 18, 9, 0);

    @Autowired
    QueueService queue;
    @Autowired
    ManualClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    Heard heard;

    /** What the rest of the application hears. */
    static class Heard {
        final List<QueueEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(QueueEvent e) {
            events.add(e);
        }
    }

    private String prefix;
    private int counterBase;

    @BeforeEach
    void freshServiceNames() {
        prefix = nextPrefix();
        counterBase = 100 + NEXT.get() * 5;
        clock.set(WEDNESDAY_9);
    }

    /** Each service of these tests gets letters of its own: AA, AB, ... */
    private static String nextPrefix() {
        int n = NEXT.getAndIncrement();
        return String.valueOf((char) ('A' + n / 26)) + (char) ('A' + n % 26);
    }

    private ServiceType service(String suffix, int first, int last, Integer limit, String hours, String days) {
        String letters = suffix.isEmpty() ? prefix : nextPrefix();
        String id = letters.toLowerCase() + "-test";
        ServiceType s = new ServiceType(id, letters, "Dịch vụ " + id, null, List.of("Lĩnh vực " + id),
                OpeningHours.parse(hours, days), limit, first, last, 1, true);
        queue.saveService(s);
        return s;
    }

    private ServiceType service() {
        return service("", 1, 999, null, "07:30-11:30,13:30-17:00", "MON,TUE,WED,THU,FRI");
    }

    private int counter(int offset, ServiceType... services) {
        int number = counterBase + offset;
        queue.saveCounter(new Counter(number, "Quầy " + number, true,
                Set.of(java.util.Arrays.stream(services).map(ServiceType::id).toArray(String[]::new))));
        return number;
    }

    private static Consumer<Throwable> problem(Problem p) {
        return e -> assertThat(((QueueException) e).problem()).isEqualTo(p);
    }

    @Test
    void numbersRunPerServiceAndStartAgainTheNextDay() {
        ServiceType s = service();
        assertThat(queue.issueTicket(s.id(), null).ticket().display()).isEqualTo(prefix + "001");
        assertThat(queue.issueTicket(s.id(), null).ticket().display()).isEqualTo(prefix + "002");
        clock.set(WEDNESDAY_9.plusDays(1));
        var tomorrow = queue.issueTicket(s.id(), null).ticket();
        assertThat(tomorrow.display()).isEqualTo(prefix + "001");
        assertThat(tomorrow.day()).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void theDayTurnsAtMidnightInVietnamNotUtc() {
        ServiceType s = service("", 1, 999, null, "00:00-23:59", "MON,TUE,WED,THU,FRI,SAT,SUN");
        clock.set(LocalDateTime.of(2026, 11, 18, 23, 58));
        assertThat(queue.issueTicket(s.id(), null).ticket().display()).endsWith("001");
        assertThat(queue.issueTicket(s.id(), null).ticket().display()).endsWith("002");
        clock.set(LocalDateTime.of(2026, 11, 19, 0, 1)); // 17:01 UTC of the 18th
        assertThat(queue.issueTicket(s.id(), null).ticket().display()).endsWith("001");
    }

    @Test
    void numbersWrapAroundButNeverDuplicateATicketStillInTheHall() {
        ServiceType s = service("", 1, 10, null, "07:30-11:30", "MON,TUE,WED,THU,FRI");
        int c = counter(0, s);
        for (int i = 1; i <= 10; i++) {
            queue.issueTicket(s.id(), null);
        }
        assertThatThrownBy(() -> queue.issueTicket(s.id(), null)).satisfies(problem(Problem.NUMBERS_EXHAUSTED));
        queue.callNext(c, "cb");
        queue.finish(c, "cb"); // 001 is done, so its number may be used again
        assertThat(queue.issueTicket(s.id(), null).ticket().display()).isEqualTo(prefix + "001");
    }

    @Test
    void outsideHoursOnWeekendsAndPastTheLimitNoTicketIsIssuedAndNothingChanges() {
        ServiceType s = service("", 1, 999, 2, "07:30-11:30,13:30-17:00", "MON,TUE,WED,THU,FRI");
        clock.set(WEDNESDAY_9.withHour(12));
        assertThatThrownBy(() -> queue.issueTicket(s.id(), null)).satisfies(problem(Problem.OUTSIDE_HOURS));
        clock.set(WEDNESDAY_9.plusDays(3)); // Saturday
        assertThatThrownBy(() -> queue.issueTicket(s.id(), null)).satisfies(problem(Problem.CLOSED_TODAY));
        clock.set(WEDNESDAY_9);
        queue.issueTicket(s.id(), null);
        queue.issueTicket(s.id(), null);
        assertThatThrownBy(() -> queue.issueTicket(s.id(), null)).satisfies(problem(Problem.DAILY_LIMIT));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket WHERE service_id = ?").param(s.id()).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(queue.servicesForKiosk()).filteredOn(st -> st.service().id().equals(s.id())).singleElement()
                .satisfies(st -> assertThat(st.closedBecause()).isEqualTo(Problem.DAILY_LIMIT));
        assertThatThrownBy(() -> queue.issueTicket("no-such-service", null)).satisfies(problem(Problem.UNKNOWN_SERVICE));
    }

    @Test
    void theCitizenIsToldHowManyAreAheadAndAboutHowLong() {
        ServiceType s = service();
        counter(0, s);
        counter(1, s);
        queue.issueTicket(s.id(), null);
        queue.issueTicket(s.id(), null);
        queue.issueTicket(s.id(), PriorityGroup.ELDERLY);
        var issued = queue.issueTicket(s.id(), null);
        assertThat(issued.peopleAhead()).isEqualTo(3);
        assertThat(issued.counters()).hasSize(2);
        int minutes = queue.policy().defaultServiceMinutes();
        assertThat(issued.estimatedWaitMinutes()).isEqualTo((int) Math.ceil(3.0 * minutes / 2));
        // A priority ticket is only behind other priority tickets.
        assertThat(queue.issueTicket(s.id(), PriorityGroup.PREGNANT).peopleAhead()).isEqualTo(1);
    }

    @Test
    void theEstimateLearnsTheDaysServiceTime() {
        ServiceType s = service();
        int c = counter(0, s);
        queue.issueTicket(s.id(), null);
        queue.callNext(c, "cb");
        queue.startServing(c, "cb");
        clock.advance(Duration.ofMinutes(12));
        queue.finish(c, "cb");
        queue.issueTicket(s.id(), null);
        queue.issueTicket(s.id(), null);
        // Two ahead, one counter, 12 minutes each today (not the policy's default).
        var third = queue.issueTicket(s.id(), null);
        assertThat(third.peopleAhead()).isEqualTo(2);
        assertThat(third.estimatedWaitMinutes()).isEqualTo(24);
    }

    @Test
    void aCounterCallsServesAndFinishesAndEveryStepIsAnEvent() {
        ServiceType s = service();
        int c = counter(0, s);
        var issued = queue.issueTicket(s.id(), null).ticket();
        clock.advance(Duration.ofMinutes(7));
        Ticket called = queue.callNext(c, "canbo1");
        assertThat(called.id()).isEqualTo(issued.id());
        assertThat(called.state()).isEqualTo(TicketState.CALLED);
        assertThatThrownBy(() -> queue.callNext(c, "canbo1")).satisfies(problem(Problem.COUNTER_BUSY));
        queue.recall(c, "canbo1");
        queue.startServing(c, "canbo1");
        clock.advance(Duration.ofMinutes(4));
        assertThat(queue.finish(c, "canbo1").state()).isEqualTo(TicketState.FINISHED);
        assertThatThrownBy(() -> queue.callNext(c, "canbo1")).satisfies(problem(Problem.EMPTY_QUEUE));

        assertThat(jdbc.sql("SELECT event_type FROM ticket_event WHERE ticket_id = ? ORDER BY happened_at, event_type")
                .param(issued.id().toString()).query(String.class).list())
                .containsExactlyInAnyOrder("ISSUED", "CALLED", "RECALLED", "SERVING", "FINISHED");
        assertThat(heard.events).filteredOn(e -> e.ticketId().equals(issued.id())).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("TicketIssued", "TicketCalled", "TicketRecalled", "ServingStarted", "TicketFinished");

        var figures = queue.figures(LocalDate.of(2026, 11, 18));
        assertThat(figures.waits()).contains(Duration.ofMinutes(7));
        assertThat(figures.serviceTimes()).contains(Duration.ofMinutes(4));
    }

    @Test
    void badCallsAreRefusedAndChangeNothing() {
        ServiceType s = service();
        ServiceType other = service("X", 1, 999, null, "07:30-11:30", "MON,TUE,WED,THU,FRI");
        int c = counter(0, s);
        String otherNumber = queue.issueTicket(other.id(), null).ticket().display();
        assertThatThrownBy(() -> queue.call(c, "cb", otherNumber)).satisfies(problem(Problem.NOT_SERVED_HERE));
        assertThatThrownBy(() -> queue.call(c, "cb", prefix + "777")).satisfies(problem(Problem.UNKNOWN_TICKET));
        assertThatThrownBy(() -> queue.callNext(c, "cb")).satisfies(problem(Problem.EMPTY_QUEUE));
        assertThatThrownBy(() -> queue.finish(c, "cb")).satisfies(problem(Problem.NO_CURRENT_TICKET));
        assertThatThrownBy(() -> queue.callNext(99_999, "cb")).satisfies(problem(Problem.UNKNOWN_COUNTER));

        String yesterday = queue.issueTicket(s.id(), null).ticket().display();
        clock.set(WEDNESDAY_9.plusDays(1));
        assertThatThrownBy(() -> queue.call(c, "cb", yesterday)).satisfies(problem(Problem.OTHER_DAY));
        // Yesterday's ticket is not in today's line.
        assertThatThrownBy(() -> queue.callNext(c, "cb")).satisfies(problem(Problem.EMPTY_QUEUE));
    }

    @Test
    void aSpecificNumberCanBeCalledAndANoShowLeavesTheLine() {
        ServiceType s = service();
        int c = counter(0, s);
        queue.issueTicket(s.id(), null);
        String second = queue.issueTicket(s.id(), null).ticket().display();
        assertThat(queue.call(c, "cb", second.toLowerCase()).display()).isEqualTo(second);
        assertThat(queue.markNoShow(c, "cb").state()).isEqualTo(TicketState.NO_SHOW);
        assertThat(queue.counterScreen(c).waiting()).extracting(Ticket::display).containsExactly(prefix + "001");
    }

    @Test
    void transferToAnotherCounterAndBackFirstInLine() {
        ServiceType a = service();
        ServiceType fees = service("F", 1, 999, null, "07:30-11:30,13:30-17:00", "MON,TUE,WED,THU,FRI");
        int desk = counter(0, a);
        int cashier = counter(1, fees);
        Ticket first = queue.issueTicket(a.id(), null).ticket();
        queue.issueTicket(a.id(), null);
        queue.callNext(desk, "cb");
        queue.transfer(desk, "cb", null, cashier, true);
        assertThat(queue.counterScreen(cashier).waiting()).extracting(Ticket::id).containsExactly(first.id());
        assertThat(queue.callNext(cashier, "thu-ngan").id()).isEqualTo(first.id());
        Ticket back = queue.finish(cashier, "thu-ngan");
        assertThat(back.state()).isEqualTo(TicketState.WAITING);
        assertThat(back.targetCounter()).isEqualTo(desk);
        // Back at the first counter, ahead of the citizen who came after.
        assertThat(queue.callNext(desk, "cb").id()).isEqualTo(first.id());
        assertThat(queue.finish(desk, "cb").state()).isEqualTo(TicketState.FINISHED);
        assertThatThrownBy(() -> queue.transfer(desk, "cb", null, desk, false)).satisfies(problem(Problem.NO_CURRENT_TICKET));
    }

    @Test
    void transferToAnotherServiceKeepsTheCitizensPlace() {
        ServiceType a = service();
        ServiceType b = service("B", 1, 999, null, "07:30-11:30,13:30-17:00", "MON,TUE,WED,THU,FRI");
        int ca = counter(0, a);
        int cb = counter(1, b);
        Ticket early = queue.issueTicket(a.id(), null).ticket();
        clock.advance(Duration.ofMinutes(5));
        queue.issueTicket(b.id(), null);
        queue.callNext(ca, "cb");
        queue.transfer(ca, "cb", b.id(), null, false);
        assertThat(queue.callNext(cb, "cb2").id()).isEqualTo(early.id());
    }

    /**
     * A scripted day with every kind of event: the summaries kept with the events (and those the V7_1 backfill makes
     * from the events) add up to exactly what QueueStatistics computes from the events.
     */
    @Test
    void summariesKeptWithTheEventsGiveQueueStatisticsFigures() throws Exception {
        ServiceType a = service();
        ServiceType b = service("B", 1, 999, null, "07:30-11:30,13:30-17:00", "MON,TUE,WED,THU,FRI");
        ServiceType fees = service("F", 1, 999, null, "07:30-11:30,13:30-17:00", "MON,TUE,WED,THU,FRI");
        int desk = counter(0, a);
        int other = counter(1, a);
        int cashier = counter(2, fees);
        int bDesk = counter(3, b);
        List<UUID> ids = new ArrayList<>();
        java.util.function.Supplier<Ticket> issue = () -> {
            clock.advance(Duration.ofMinutes(2));
            Ticket t = queue.issueTicket(a.id(), null).ticket();
            ids.add(t.id());
            return t;
        };
        java.util.function.Consumer<Integer> minutes = m -> clock.advance(Duration.ofMinutes(m));
        Ticket served = issue.get();
        Ticket quick = issue.get();
        Ticket returned = issue.get();
        Ticket absent = issue.get();
        Ticket moved = issue.get();
        Ticket never = issue.get();

        minutes.accept(7);
        assertThat(queue.callNext(desk, "cb1").id()).isEqualTo(served.id());
        minutes.accept(1);
        queue.recall(desk, "cb1");
        minutes.accept(1);
        queue.startServing(desk, "cb1");
        minutes.accept(9);
        queue.finish(desk, "cb1");

        assertThat(queue.callNext(other, "cb2").id()).isEqualTo(quick.id());
        minutes.accept(4);
        queue.finish(other, "cb2"); // no "start": service from the call

        assertThat(queue.callNext(desk, "cb1").id()).isEqualTo(returned.id());
        minutes.accept(1);
        queue.startServing(desk, "cb1");
        minutes.accept(3);
        queue.transfer(desk, "cb1", null, cashier, true);
        minutes.accept(2);
        assertThat(queue.callNext(cashier, "thu-ngan").id()).isEqualTo(returned.id());
        minutes.accept(1);
        queue.startServing(cashier, "thu-ngan");
        minutes.accept(2);
        queue.finish(cashier, "thu-ngan"); // RETURNED to the desk
        minutes.accept(3);
        assertThat(queue.callNext(desk, "cb1").id()).isEqualTo(returned.id());
        minutes.accept(5);
        queue.finish(desk, "cb1");

        assertThat(queue.callNext(other, "cb2").id()).isEqualTo(absent.id());
        minutes.accept(1);
        queue.recall(other, "cb2");
        minutes.accept(2);
        queue.markNoShow(other, "cb2");

        assertThat(queue.callNext(desk, "cb1").id()).isEqualTo(moved.id());
        minutes.accept(1);
        queue.startServing(desk, "cb1");
        minutes.accept(2);
        queue.transfer(desk, "cb1", b.id(), null, false);
        minutes.accept(6);
        assertThat(queue.callNext(bDesk, "cb4").id()).isEqualTo(moved.id());
        minutes.accept(1);
        queue.startServing(bDesk, "cb4");
        minutes.accept(11);
        queue.finish(bDesk, "cb4");

        LocalDate day = LocalDate.now(clock);
        java.time.Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        QueueStatistics.Figures fromEvents = QueueStatistics.compute(queue.events(from, from.plus(Duration.ofDays(1)))
                .stream()
                .filter(e -> ids.contains(e.ticketId())).toList());
        TicketSummary.Tally live = tally(ids);
        assertSame(live, fromEvents);
        assertThat(live.issued()).isEqualTo(6);
        assertThat(live.finished()).isEqualTo(4);
        assertThat(live.noShows()).isEqualTo(1);
        assertThat(live.serviceSpells()).isEqualTo(5);
        assertThat(fromEvents.waits()).hasSize(5);

        TicketSummary r = queue.summary(returned.id()).orElseThrow();
        assertThat(r.lastCounter()).isEqualTo(desk);
        assertThat(r.lastOfficer()).isEqualTo("cb1");
        assertThat(r.serviceSpells()).isEqualTo(2);
        assertThat(r.serviceMs()).isEqualTo(Duration.ofMinutes(2 + 5).toMillis());
        assertThat(r.serviceId()).isEqualTo(a.id());
        assertThat(r.finished()).isTrue();
        TicketSummary m = queue.summary(moved.id()).orElseThrow();
        assertThat(m.serviceId()).as("the issuing service").isEqualTo(a.id());
        assertThat(m.lastCounter()).isEqualTo(bDesk);
        assertThat(queue.summary(absent.id()).orElseThrow().noShow()).isTrue();
        assertThat(queue.summary(never.id()).orElseThrow().waitMs()).isNull();
        assertThat(queue.summary(served.id()).orElseThrow().waitMs())
                .isEqualTo(Duration.ofMinutes(12 + 7).toMillis() - Duration.ofMinutes(2).toMillis());

        // The same summaries made afresh from the events, as the migration does for a kiosk's older tickets.
        List<TicketSummary.Line> kept = ids.stream().map(id -> queue.summary(id).orElseThrow().line()).toList();
        for (UUID id : ids) {
            jdbc.sql("DELETE FROM ticket_summary WHERE ticket_id = ?").param(id.toString()).update();
        }
        try (java.sql.Connection c = dataSource.getConnection()) {
            assertThat(TicketSummaryBackfill.run(c)).isEqualTo(ids.size());
        }
        assertThat(ids.stream().map(id -> queue.summary(id).orElseThrow().line()).toList()).isEqualTo(kept);
        assertSame(tally(ids), fromEvents);
    }

    private TicketSummary.Tally tally(List<UUID> ids) {
        TicketSummary.Tally t = new TicketSummary.Tally();
        ids.forEach(id -> t.add(queue.summary(id).orElseThrow().line()));
        return t;
    }

    private static void assertSame(TicketSummary.Tally s, QueueStatistics.Figures f) {
        assertThat(s.issued()).isEqualTo(f.issued());
        assertThat(s.finished()).isEqualTo(f.finished());
        assertThat(s.noShows()).isEqualTo(f.noShows());
        assertThat(s.sortedWaits()).containsExactly(f.waits().stream().mapToLong(Duration::toMillis).sorted().toArray());
        assertThat(s.serviceSpells()).isEqualTo(f.serviceTimes().size());
        assertThat(s.serviceMs()).isEqualTo(f.serviceTimes().stream().mapToLong(Duration::toMillis).sum());
        assertThat(s.averageWaitMinutes()).isEqualTo(f.averageWaitMinutes());
        assertThat(s.averageServiceMinutes()).isEqualTo(f.averageServiceMinutes());
    }

    @Test
    void twoCountersCallingAtOnceNeverGetTheSameTicket() throws Exception {
        ServiceType s = service("", 1, 999, null, "07:30-11:30,13:30-17:00", "MON,TUE,WED,THU,FRI");
        int c1 = counter(0, s);
        int c2 = counter(1, s);
        int tickets = 60;
        for (int i = 0; i < tickets; i++) {
            queue.issueTicket(s.id(), i % 4 == 0 ? PriorityGroup.ELDERLY : null);
        }
        Map<String, Integer> calledBy = new ConcurrentHashMap<>();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (int counter : List.of(c1, c2)) {
            results.add(pool.submit(() -> {
                start.await();
                int served = 0;
                while (true) {
                    Ticket t;
                    try {
                        t = queue.callNext(counter, "cb" + counter);
                    } catch (QueueException e) {
                        if (e.problem() == Problem.EMPTY_QUEUE) {
                            return served;
                        }
                        throw e;
                    }
                    if (calledBy.putIfAbsent(t.display(), counter) != null) {
                        duplicates.add(t.display());
                    }
                    queue.finish(counter, "cb" + counter);
                    served++;
                }
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> r : results) {
            total += r.get();
        }
        pool.shutdown();
        assertThat(duplicates).isEmpty();
        assertThat(total).isEqualTo(tickets);
        assertThat(calledBy).hasSize(tickets);
        assertThat(calledBy.values()).contains(c1, c2);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
                WHERE t.service_id = ? AND e.event_type = 'CALLED'""").param(s.id()).query(Integer.class).single())
                .isEqualTo(tickets);
    }
}
