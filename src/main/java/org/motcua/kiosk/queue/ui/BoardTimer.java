package org.motcua.kiosk.queue.ui;

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
 * One thread for the boards' few delayed tasks (giving up on an announcement the browser never played), each run
 * inside its board's UI lock and pushed. Nothing here polls: a task is scheduled only while an announcement plays.
 */
@Component
class BoardTimer implements DisposableBean {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "board-timer");
        t.setDaemon(true);
        return t;
    });

    Registration schedule(UI ui, Duration after, Command command) {
        ScheduledFuture<?> task = executor.schedule(() -> {
            try {
                ui.access(command);
            } catch (UIDetachedException gone) {
                // The board was closed meanwhile: nothing to do.
            }
        }, after.toMillis(), TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
