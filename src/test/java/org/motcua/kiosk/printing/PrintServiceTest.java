package org.motcua.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.motcua.kiosk.printing.PrinterStatus.State;

/**
 * The kiosk against a fake network printer that runs out of paper, goes offline, crawls and drops the connection:
 * the job ends in the right state, the change is announced, the kiosk knows whether to promise a printed ticket, the
 * job is kept with its bytes, and once the printer is back a reprint delivers exactly those bytes.
 */
@SpringBootTest
@Import(PrintServiceTest.Heard.class)
class PrintServiceTest {

    private static final FakePrinter printer = FakePrinter.plugIn();

    @DynamicPropertySource
    static void printerOnTcp(DynamicPropertyRegistry properties) {
        printer.asThePrinter(properties, "2s");
    }

    @AfterAll
    static void unplug() throws Exception {
        printer.close();
    }

    /** Listens as the admin health page and the counter screens would. */
    static class Heard {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PrinterStatusChanged e) {
            events.add(e);
        }

        @EventListener
        void on(PrintJobFailed e) {
            events.add(e);
        }

        @EventListener
        void on(PrintJobPrinted e) {
            events.add(e);
        }

        boolean statusChangedTo(State state) {
            return events.stream().anyMatch(e -> e instanceof PrinterStatusChanged c && c.current().state() == state);
        }

        boolean failed(UUID job) {
            return events.stream().anyMatch(e -> e instanceof PrintJobFailed f && f.jobId().equals(job));
        }

        boolean printed(UUID job) {
            return events.stream().anyMatch(e -> e instanceof PrintJobPrinted p && p.jobId().equals(job));
        }
    }

    @Autowired
    PrintService service;
    @Autowired
    PrintJobRepository repository;
    @Autowired
    Heard heard;

    @BeforeEach
    void aHealthyPrinter() throws Exception {
        printer.normal();
        assertThat(service.refreshStatus().get(30, TimeUnit.SECONDS).state()).isEqualTo(State.READY);
        heard.events.clear();
    }

    @Test
    void aJobGoesToThePrinterWhole() {
        PrintJob job = ticket("A001", 40_000);
        service.submit(job);

        PrintJobSummary done = awaitOutcome(job.id());
        assertThat(done.state()).isEqualTo(PrintJobState.PRINTED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.printedAt()).isNotNull();
        awaitDeliveredOnce(job.escpos());
        assertThat(heard.printed(job.id())).isTrue();
        assertThat(service.printerAvailable()).isTrue();
        assertThat(service.pendingJobs()).extracting(PrintJobSummary::id).doesNotContain(job.id());
    }

    @Test
    void paperOutBeforeTheJobSendsNothingAndTheJobWaitsForAReprint() throws Exception {
        printer.paperOut();
        PrintJob job = ticket("A002", 40_000);
        service.submit(job);

        PrintJobSummary waiting = awaitOutcome(job.id());
        assertThat(waiting.state()).isEqualTo(PrintJobState.WAITING_FOR_PRINTER);
        assertThat(waiting.attempts()).isZero();
        assertThat(waiting.lastError()).contains("PAPER_OUT");
        assertThat(printer.jobs()).noneMatch(b -> b.length >= 1000
                && java.util.Arrays.equals(b, 0, 1000, job.escpos(), 0, 1000));
        assertThat(heard.statusChangedTo(State.PAPER_OUT)).isTrue();
        assertThat(heard.failed(job.id())).isTrue();
        assertThat(service.status().state()).isEqualTo(State.PAPER_OUT);
        assertThat(service.printerAvailable()).isFalse();
        assertThat(service.pendingJobs()).extracting(PrintJobSummary::id).contains(job.id());

        reprintOnceThePrinterIsBack(job);
    }

    @Test
    void paperRunningOutMidJobFailsTheJobAndSaysPaperOut() throws Exception {
        printer.paperRunsOutAfter(50_000);
        PrintJob job = ticket("A003", 300_000);
        service.submit(job);

        PrintJobSummary failed = awaitOutcome(job.id());
        assertThat(failed.state()).isEqualTo(PrintJobState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("did not take the job").contains("PAPER_OUT");
        assertThat(heard.statusChangedTo(State.PAPER_OUT)).isTrue();
        assertThat(heard.failed(job.id())).isTrue();
        assertThat(service.printerAvailable()).isFalse();

        reprintOnceThePrinterIsBack(job);
    }

    @Test
    void anOfflinePrinterIsSentNothing() throws Exception {
        printer.offline();
        PrintJob job = ticket("B001", 20_000);
        service.submit(job);

        PrintJobSummary waiting = awaitOutcome(job.id());
        assertThat(waiting.state()).isEqualTo(PrintJobState.WAITING_FOR_PRINTER);
        assertThat(heard.statusChangedTo(State.OFFLINE)).isTrue();
        assertThat(service.printerAvailable()).isFalse();

        reprintOnceThePrinterIsBack(job);
    }

    @Test
    void aPrinterTooSlowToTakeTheJobInTimeFailsItAndIsReportedAsAnError() throws Exception {
        printer.slow();
        PrintJob job = ticket("C001", 300_000);
        service.submit(job);

        PrintJobSummary failed = awaitOutcome(job.id());
        assertThat(failed.state()).isEqualTo(PrintJobState.FAILED);
        assertThat(failed.lastError()).contains("did not take the job within 2 s");
        assertThat(heard.statusChangedTo(State.ERROR)).isTrue();
        assertThat(service.status().state()).isEqualTo(State.ERROR);
        assertThat(service.printerAvailable()).isFalse();

        reprintOnceThePrinterIsBack(job);
    }

    @Test
    void aPrinterThatDropsTheConnectionMidJobFailsItAndIsOffline() throws Exception {
        printer.disconnectsAfter(50_000);
        PrintJob job = ticket("D001", 300_000);
        service.submit(job);

        PrintJobSummary failed = awaitOutcome(job.id());
        assertThat(failed.state()).isEqualTo(PrintJobState.FAILED);
        assertThat(heard.statusChangedTo(State.OFFLINE)).isTrue();
        assertThat(service.status().state()).isEqualTo(State.OFFLINE);
        assertThat(service.printerAvailable()).isFalse();

        reprintOnceThePrinterIsBack(job);
    }

    @Test
    void theQueueGoesOnAfterAFailure() {
        printer.slow();
        PrintJob stuck = ticket("E001", 300_000);
        service.submit(stuck);
        assertThat(awaitOutcome(stuck.id()).state()).isEqualTo(PrintJobState.FAILED);

        printer.normal();
        PrintJob next = ticket("E002", 30_000);
        service.submit(next);
        assertThat(awaitOutcome(next.id()).state()).isEqualTo(PrintJobState.PRINTED);
        awaitDeliveredOnce(next.escpos());
        assertThat(service.printerAvailable()).isTrue();
    }

    @Test
    void reprintingAnUnknownJobDoesNothing() {
        assertThat(service.reprint(UUID.randomUUID())).isFalse();
    }

    /** The printer recovers; the status says so; the officer reprints; the same bytes come out. */
    private void reprintOnceThePrinterIsBack(PrintJob job) throws Exception {
        assertThat(repository.bytes(job.id())).hasValue(job.escpos());

        printer.normal();
        assertThat(service.refreshStatus().get(30, TimeUnit.SECONDS).state()).isEqualTo(State.READY);
        assertThat(heard.statusChangedTo(State.READY)).isTrue();
        assertThat(service.printerAvailable()).isTrue();

        assertThat(service.reprint(job.id())).isTrue();
        PrintJobSummary printed = awaitOutcome(job.id());
        assertThat(printed.state()).isEqualTo(PrintJobState.PRINTED);
        assertThat(printed.lastError()).isNull();
        awaitDeliveredOnce(job.escpos());
        assertThat(heard.printed(job.id())).isTrue();
        assertThat(service.pendingJobs()).extracting(PrintJobSummary::id).doesNotContain(job.id());
    }

    private PrintJobSummary awaitOutcome(UUID id) {
        awaitTrue(() -> service.job(id).map(j -> j.state() != PrintJobState.QUEUED).orElse(false));
        // The printer's connection data is recorded when it closes, just after the outcome.
        return service.job(id).orElseThrow();
    }

    /** The printer records a connection's data when it closes, just after the job's outcome is written. */
    private static void awaitDeliveredOnce(byte[] bytes) {
        awaitTrue(() -> printer.deliveries(bytes) >= 1);
        assertThat(printer.deliveries(bytes)).isEqualTo(1);
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Bytes that stand for a rendered ticket; no DLE in them, so the fake printer can tell queries apart. */
    private static PrintJob ticket(String number, int size) {
        byte[] bytes = new byte[size];
        new Random(number.hashCode()).nextBytes(bytes);
        for (int i = 0; i < size; i++) {
            if (bytes[i] == 0x10) {
                bytes[i] = 0x11;
            }
        }
        return PrintJob.ticket(number, bytes, null);
    }
}
