package org.motcua.kiosk.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

import org.motcua.kiosk.device.gpio.DeviceTimer;

/** A device timer moved by hand: tasks run, in time order, only when the test advances past their time. */
public final class ManualTimer implements DeviceTimer {

    private record Task(Instant due, long order, Runnable task) {
    }

    private final PriorityQueue<Task> tasks =
            new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::order));
    private Instant now;
    private long order;

    public ManualTimer(Instant start) {
        this.now = start;
    }

    public ManualTimer() {
        this(Instant.parse("2026-11-21T02:00:00Z"));
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void schedule(Duration delay, Runnable task) {
        tasks.add(new Task(now.plus(delay), order++, task));
    }

    /** Moves time on, running every task that falls due on the way at its own time. */
    public void advance(Duration by) {
        Instant end;
        synchronized (this) {
            end = now.plus(by);
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due().isAfter(end)) {
                    now = end;
                    return;
                }
                tasks.poll();
                now = next.due();
            }
            next.task().run();
        }
    }

    public void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }
}
