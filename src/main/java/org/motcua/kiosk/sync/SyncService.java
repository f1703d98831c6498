package org.motcua.kiosk.sync;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import org.motcua.kiosk.catalog.CatalogService;

/**
 * The kiosk's sync as the rest of the application sees it: started and stopped with the application (a worker thread
 * only when {@code motcua.sync.hub-url} is set), its {@link #status()}, and {@link #syncNow()} for the back office.
 */
@Service
public class SyncService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyncService.class);

    private final SyncProperties properties;
    private final SyncStore store;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile SyncWorker worker;
    private volatile boolean started;

    SyncService(SyncProperties properties, SyncStore store, CatalogService catalog, ApplicationEventPublisher events,
                Clock clock) {
        this.properties = properties;
        this.store = store;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a hub is configured. */
    public boolean configured() {
        return properties.configured();
    }

    public SyncStatus status() {
        SyncWorker w = worker;
        return store.status(properties, w == null ? null : w.waitingUntil());
    }

    /** Sends what is waiting and checks the hub's catalogue now; nothing when no hub is configured. */
    public void syncNow() {
        SyncWorker w = worker;
        if (w != null) {
            w.syncNow();
        }
    }

    @Override
    public synchronized void start() {
        started = true;
        if (!properties.configured()) {
            log.info("No hub configured (motcua.sync.hub-url): records stay in the outbox");
            return;
        }
        worker = new SyncWorker(properties, store, catalog, events, clock);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        started = false;
        SyncWorker w = worker;
        worker = null;
        if (w != null) {
            w.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
