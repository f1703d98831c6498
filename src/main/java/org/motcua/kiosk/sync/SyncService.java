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
    private volatile SyncLink link;

    SyncService(SyncProperties properties, SyncStore store, CatalogService catalog, ApplicationEventPublisher events,
                Clock clock) {
        this.properties = properties;
        this.store = store;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
        this.link = SyncLink.of(kind(properties), properties);
    }

    private static SyncLink.Kind kind(SyncProperties p) {
        if (!p.configured()) {
            return SyncLink.Kind.NONE;
        }
        if (p.https()) {
            return SyncLink.Kind.HTTPS;
        }
        if (!p.plainHttpOverNetwork()) {
            return SyncLink.Kind.HTTP_LOOPBACK;
        }
        return p.allowPlainHttp() ? SyncLink.Kind.PLAIN_HTTP : SyncLink.Kind.PLAIN_HTTP_REFUSED;
    }

    /** How the link to the hub is protected, and whether the settings keep the kiosk from syncing. */
    public SyncLink link() {
        return link;
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
        link = SyncLink.of(kind(properties), properties);
        switch (link.kind()) {
            case PLAIN_HTTP_REFUSED -> {
                log.error("Not syncing to {}: the kiosk's token would travel unencrypted over the network. Use"
                        + " https:// (motcua.sync.trust-store for a hub certified by a provincial or internal CA), or"
                        + " set motcua.sync.allow-plain-http=true if the network is protected otherwise (a VPN)."
                        + " Records wait in the outbox.", properties.hubUrl());
                return;
            }
            case PLAIN_HTTP -> log.warn("Syncing to {} over plain HTTP (motcua.sync.allow-plain-http): the kiosk's"
                    + " token and records travel unencrypted; use https://", properties.hubUrl());
            default -> {
                // HTTPS, or HTTP on this machine
            }
        }
        javax.net.ssl.SSLContext tls;
        try {
            tls = HubTls.context(properties);
        } catch (HubTls.TrustStoreException e) {
            link = new SyncLink(SyncLink.Kind.TRUST_STORE_PROBLEM, properties.trustStore(), e.problem, e.detail);
            log.error("Not syncing to {}: {}. Records wait in the outbox.", properties.hubUrl(), e.getMessage());
            return;
        }
        if (properties.https()) {
            log.info("The hub's certificate is checked against {}", properties.trustStore().isEmpty()
                    ? "the JDK's trust store" : properties.trustStore() + " (" + properties.trustStoreType() + ")");
        }
        worker = new SyncWorker(properties, tls, store, catalog, events, clock);
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
