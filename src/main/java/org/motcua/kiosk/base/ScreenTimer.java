package org.motcua.kiosk.base;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;

/**
 * A screen's few delayed tasks (a thank-you that gives way to the locked screen, a chosen level sent before the
 * rating window ends), each run inside the screen's UI lock and pushed. One thread for all screens; nothing polls.
 */
@Component
public class ScreenTimer implements DisposableBean {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "screen-timer");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code command} in {@code ui} after the delay; remove the registration to cancel it. */
    public Registration schedule(UI ui, Duration after, Command command) {
        ScheduledFuture<?> task = executor.schedule(() -> {
            try {
                ui.access(command);
            } catch (UIDetachedException gone) {
                // The screen was closed meanwhile: nothing to do.
            }
        }, Math.max(0, after.toMillis()), TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
