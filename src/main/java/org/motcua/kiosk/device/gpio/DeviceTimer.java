package org.motcua.kiosk.device.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The time of the device layer: what time it is, and "run this a little later" (the end of a debounce, the next
 * blink of an LED). Tests use a manual timer and move it by hand, so no test sleeps.
 */
public interface DeviceTimer {

    Instant now();

    /** Runs the task after the delay, on the timer's single thread. */
    void schedule(Duration delay, Runnable task);

    /** The real one: the application's clock and one daemon thread, so tasks never run at the same time. */
    static DeviceTimer of(Clock clock) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-device-timer");
            t.setDaemon(true);
            return t;
        });
        return new DeviceTimer() {
            @Override
            public Instant now() {
                return clock.instant();
            }

            @Override
            public void schedule(Duration delay, Runnable task) {
                executor.schedule(() -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        // One failed task (a listener that threw) must not stop the buttons.
                        org.slf4j.LoggerFactory.getLogger(DeviceTimer.class).error("Device task failed", e);
                    }
                }, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
            }
        };
    }
}
