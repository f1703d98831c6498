package org.motcua.kiosk.kiosk;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One thread that ticks every open kiosk screen once a second; each screen pushes its own countdown.
 */
@Component
class IdleScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdleScheduler.class);

    private final Set<Runnable> screens = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-idle");
        t.setDaemon(true);
        return t;
    });

    IdleScheduler(KioskProperties properties) {
        long every = properties.idleTick().toMillis();
        if (every > 0) {
            executor.scheduleWithFixedDelay(this::tickAll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void register(Runnable screen) {
        screens.add(screen);
    }

    void unregister(Runnable screen) {
        screens.remove(screen);
    }

    private void tickAll() {
        for (Runnable screen : screens) {
            try {
                screen.run();
            } catch (RuntimeException e) {
                log.debug("Idle tick failed for a screen that went away", e);
                screens.remove(screen);
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
