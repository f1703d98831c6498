package org.motcua.kiosk.printing;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import org.motcua.kiosk.printing.PrinterStatus.State;
import org.motcua.kiosk.printing.transport.Transports;

/**
 * Prints jobs one after another on its own thread, so a printer that stops taking data holds up nobody else.
 * <p>
 * Every job is written to Derby with its bytes before {@link #submit} returns, so none is lost whatever the printer
 * does. Before a job the printer is asked for its status; one that says paper out, cover open or offline is not sent
 * anything and the job waits ({@link PrintJobState#WAITING_FOR_PRINTER}). Each send runs on a throw-away thread that
 * is given up after {@code write-timeout}: the connection is then closed and a new one made for the next job, and the
 * job is {@link PrintJobState#FAILED}. After a job the printer is asked again: its answer comes once it has taken in
 * the whole job, and says whether the paper ran out on the way. The idle printer is asked every
 * {@code status-interval}; every change is published as {@link PrinterStatusChanged}.
 * <p>
 * Nothing is printed again by itself, not even when the printer comes back: a queue ticket that comes out minutes
 * late lands in the tray after its citizen has gone (they were shown their number on the screen), and the next person
 * may take it. Jobs that did not print are listed by {@link #pendingJobs()}, and the kiosk (while the citizen is still
 * in front of it) or an officer prints one again with {@link #reprint(UUID)}, byte for byte the same. Jobs that a
 * stopped kiosk left queued are marked failed on start, for the same reason.
 */
@Service
public class PrintService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PrintService.class);
    private static final AtomicInteger WORKERS = new AtomicInteger();

    private final PrinterProperties printer;
    private final PrintJobRepository jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Supplier<PrinterTransport> transports;
    private final BlockingQueue<Task> queue;
    private final Duration statusLimit;

    /** Used by the print thread only. */
    private PrinterTransport transport;
    private volatile PrinterStatus status = PrinterStatus.unknown("not checked yet");
    private volatile boolean lastJobFailed;
    private volatile Thread printThread;
    /** Cleared by stop(): the thread ends between jobs, never interrupted inside a Derby call (Derby takes an
     *  interrupt during its I/O as a reason to close the connection). */
    private volatile boolean running;

    private sealed interface Task {
    }

    private record Print(PrintJob job) implements Task {
    }

    private record Check(CompletableFuture<PrinterStatus> answer) implements Task {
    }

    private record Stop() implements Task {
    }

    @Autowired
    PrintService(PrinterProperties printer, PrintJobRepository jobs, ApplicationEventPublisher events, Clock clock) {
        this(printer, jobs, events, clock, () -> Transports.open(printer, clock));
    }

    PrintService(PrinterProperties printer, PrintJobRepository jobs, ApplicationEventPublisher events, Clock clock,
                 Supplier<PrinterTransport> transports) {
        this.printer = printer;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
        this.transports = transports;
        this.queue = new ArrayBlockingQueue<>(printer.queueCapacity());
        // four answers, plus a connection being made
        this.statusLimit = printer.statusTimeout().multipliedBy(4).plusSeconds(4);
    }

    // ------------------------------------------------------------------ API

    /**
     * Records the job and hands it to the print thread; returns at once. The outcome comes as {@link PrintJobPrinted}
     * or {@link PrintJobFailed}. Throws only when the job cannot be recorded.
     */
    public void submit(PrintJob job) {
        jobs.insert(job, clock.instant());
        enqueue(job);
    }

    /**
     * Prints a recorded job again, the same bytes (without the preview). Any job can be reprinted (a citizen who lost
     * a ticket gets a copy), except one already queued. False when there is no such job or it is queued.
     */
    public synchronized boolean reprint(UUID jobId) {
        Optional<PrintJobSummary> found = jobs.find(jobId);
        if (found.isEmpty() || found.get().state() == PrintJobState.QUEUED) {
            return false;
        }
        PrintJobSummary job = found.get();
        byte[] bytes = jobs.bytes(jobId).orElseThrow();
        jobs.queued(jobId);
        enqueue(new PrintJob(jobId, job.kind(), job.reference(), bytes, null));
        return true;
    }

    /** Jobs that did not print (waiting for the printer, failed, or still queued), newest first. */
    public List<PrintJobSummary> pendingJobs() {
        return jobs.notPrinted();
    }

    public Optional<PrintJobSummary> job(UUID jobId) {
        return jobs.find(jobId);
    }

    /** The printer's status as last seen. */
    public PrinterStatus status() {
        return status;
    }

    /**
     * Whether the kiosk may promise a printed ticket: not while the printer reports paper out, cover open, offline or
     * an error, nor after a job failed until a job prints again or the printer reports itself ready. A printer whose
     * status cannot be read counts as available until a job fails.
     */
    public boolean printerAvailable() {
        return !status.isProblem() && !lastJobFailed;
    }

    /** Asks the printer for its status now (after the jobs already queued); the answer is also published if new. */
    public CompletableFuture<PrinterStatus> refreshStatus() {
        CompletableFuture<PrinterStatus> answer = new CompletableFuture<>();
        if (!queue.offer(new Check(answer))) {
            answer.complete(status);
        }
        return answer;
    }

    // ------------------------------------------------------------------ the print thread

    private void enqueue(PrintJob job) {
        if (!queue.offer(new Print(job))) {
            String reason = "the print queue is full (" + printer.queueCapacity() + " jobs)";
            jobs.notPrinted(job.id(), PrintJobState.FAILED, reason);
            publish(new PrintJobFailed(job.id(), job.kind(), job.reference(), reason));
        }
    }

    private void run() {
        Task next = new Check(new CompletableFuture<>());
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                if (next == null) {
                    next = new Check(new CompletableFuture<>());
                }
                switch (next) {
                    case Print p -> print(p.job());
                    case Check c -> c.answer().complete(checkStatus());
                    case Stop s -> {
                        // Leave the loop below.
                    }
                }
            } catch (RuntimeException e) {
                log.error("The print thread hit a problem; it carries on", e);
            }
            try {
                next = queue.poll(printer.statusInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        abandonTransport();
    }

    private PrinterStatus checkStatus() {
        try {
            PrinterStatus now = askStatus();
            note(now);
            return now;
        } finally {
            release();
        }
    }

    private void print(PrintJob job) {
        try {
            PrinterStatus before = askStatus();
            note(before);
            if (before.refusesJobs()) {
                notPrinted(job, PrintJobState.WAITING_FOR_PRINTER, "printer not ready: " + before);
                return;
            }
            jobs.attempt(job.id());
            String failure;
            PrinterStatus after = PrinterStatus.unknown("not asked");
            try {
                after = timed(printer.writeTimeout(), () -> {
                    PrinterTransport t = transport();
                    t.write(job);
                    return before.state() == State.UNKNOWN ? PrinterStatus.unknown("no status")
                            : t.queryStatus(printer.writeTimeout());
                });
                failure = after.isProblem() ? "the printer reports " + after + " after the job"
                        : before.state() != State.UNKNOWN && after.state() == State.UNKNOWN
                        ? "the printer did not confirm the job" : null;
            } catch (TimeoutException e) {
                failure = "the printer did not take the job within " + printer.writeTimeout().toSeconds() + " s";
            } catch (IOException e) {
                failure = "the connection to the printer failed while sending: " + e.getMessage();
            }
            if (failure == null) {
                jobs.printed(job.id(), clock.instant());
                lastJobFailed = false;
                if (after.state() != State.UNKNOWN) {
                    note(after);
                }
                publish(new PrintJobPrinted(job.id(), job.kind(), job.reference(), clock.instant()));
                return;
            }
            lastJobFailed = true;
            abandonTransport();
            PrinterStatus now = after.isProblem() ? after : askStatus();
            if (now.isProblem()) {
                change(now);
            } else {
                change(PrinterStatus.of(State.ERROR, failure));
            }
            notPrinted(job, PrintJobState.FAILED, now.isProblem() ? failure + "; printer: " + now : failure);
        } finally {
            release();
        }
    }

    private void notPrinted(PrintJob job, PrintJobState state, String reason) {
        log.warn("Print job {} {} {}: {}", job.kind(), job.reference(), state, reason);
        jobs.notPrinted(job.id(), state, reason);
        publish(new PrintJobFailed(job.id(), job.kind(), job.reference(), reason));
    }

    /** Asks the printer, bounded in time; a printer that does not even take the question is not taking data. */
    private PrinterStatus askStatus() {
        try {
            return timed(statusLimit, () -> transport().queryStatus());
        } catch (TimeoutException e) {
            return PrinterStatus.of(State.OFFLINE, "the printer does not answer or take data");
        } catch (IOException e) {
            abandonTransport();
            return PrinterStatus.of(State.OFFLINE, e.getMessage());
        }
    }

    /** A status read from the printer: a good one also clears an earlier failed job. */
    private void note(PrinterStatus now) {
        if (now.confirmsReady()) {
            lastJobFailed = false;
        }
        change(now);
    }

    private void change(PrinterStatus now) {
        PrinterStatus previous = status;
        status = now;
        if (!previous.equals(now)) {
            log.info("Printer status {} -> {}", previous, now);
            publish(new PrinterStatusChanged(previous, now, clock.instant()));
        }
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs one call on a thread of its own and waits at most {@code limit}. A call that overruns is left behind
     * (interrupted, its transport closed and dropped), so a device that blocks forever costs one parked thread, never
     * the print thread.
     */
    private <T> T timed(Duration limit, IoCall<T> call) throws IOException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name("printer-io-" + WORKERS.incrementAndGet()).start(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            abandonTransport();
            throw e;
        } catch (InterruptedException e) {
            worker.interrupt();
            abandonTransport();
            Thread.currentThread().interrupt();
            throw new IOException("printing is stopping", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException re -> throw re;
                case Error err -> throw err;
                default -> throw new IOException(e.getCause());
            }
        }
    }

    private PrinterTransport transport() {
        PrinterTransport t = transport;
        if (t == null) {
            t = transports.get();
            transport = t;
        }
        return t;
    }

    /** Between jobs: the connection is let go (a network printer may take one client only); the next call reopens. */
    private void release() {
        PrinterTransport t = transport;
        if (t != null) {
            t.close();
        }
    }

    /** After an overrun or a broken connection: never used again. */
    private void abandonTransport() {
        PrinterTransport t = transport;
        transport = null;
        if (t != null) {
            t.close();
        }
    }

    private void publish(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.error("A listener failed on {}", event, e);
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public void start() {
        int left = jobs.failLeftOver("the kiosk stopped before this job was printed");
        if (left > 0) {
            log.warn("{} print job(s) left queued by the previous run marked failed; they can be reprinted", left);
        }
        log.info("Printing to {}", transports.get());
        running = true;
        printThread = Thread.ofPlatform().daemon().name("printer").start(this::run);
    }

    @Override
    public void stop() {
        Thread t = printThread;
        printThread = null;
        running = false;
        if (t != null) {
            queue.offer(new Stop());
            try {
                // A job in hand finishes first (its write is bounded by the write timeout).
                if (!t.join(printer.writeTimeout().plusSeconds(5))) {
                    t.interrupt();
                    t.join(Duration.ofSeconds(2));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return printThread != null;
    }

    /** True while the print thread lives: the appliance's watchdog stops its pings when it has died. */
    public boolean printThreadAlive() {
        Thread t = printThread;
        return t != null && t.isAlive();
    }
}
