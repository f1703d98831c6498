package org.motcua.kiosk.base;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.Registration;

/**
 * Hands application events to the open screens that asked for them, each inside its own UI's lock and pushed to its
 * browser, so that no screen polls or reloads: a board sees a call, a kiosk sees its printer run out of paper.
 * <p>
 * A screen whose browser is gone (a board unplugged, a phone put away) must not cost memory. Vaadin keeps every
 * change made to a UI until its browser takes it, so an event is not applied to a screen whose push connection is
 * down: the last one it missed is given at its next heartbeat once the connection is back (the screens show the state
 * an event leads to, so the last is enough). Vaadin itself closes a UI whose heartbeats stopped only when another
 * request of the same session arrives, which never comes from a vanished browser: {@link #closeVanished} closes such
 * screens every minute (heartbeats: {@code vaadin.heartbeatInterval} in application.yml).
 */
@Component
public class ScreenPush {

    private static final Logger log = LoggerFactory.getLogger(ScreenPush.class);

    private static final class Listener {
        final UI ui;
        final Class<?> type;
        final Consumer<Object> consumer;
        /** The last event this screen missed while its browser was not connected; null when none. */
        final AtomicReference<Object> missed = new AtomicReference<>();
        /** Its browser's push connection was up once. */
        volatile boolean seenConnected;

        Listener(UI ui, Class<?> type, Consumer<Object> consumer) {
            this.ui = ui;
            this.type = type;
            this.consumer = consumer;
        }
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicLong heldBack = new AtomicLong();

    /** Call from a screen's attach; remove the registration on detach. */
    public <T> Registration register(UI ui, Class<T> type, Consumer<? super T> consumer) {
        Listener l = new Listener(ui, type, event -> consumer.accept(type.cast(event)));
        listeners.add(l);
        Registration heartbeat = ui.addHeartbeatListener(beat -> catchUp(l));
        return () -> {
            listeners.remove(l);
            heartbeat.remove();
        };
    }

    @EventListener
    void on(Object event) {
        for (Listener l : listeners) {
            if (!l.type.isInstance(event)) {
                continue;
            }
            if (!connected(l)) {
                l.missed.set(event);
                heldBack.incrementAndGet();
                continue;
            }
            l.missed.set(null);
            try {
                l.ui.access(() -> l.consumer.accept(event));
            } catch (UIDetachedException gone) {
                listeners.remove(l);
            }
        }
    }

    /** At a heartbeat, inside the screen's lock: the event it missed, once its browser is connected again. */
    private void catchUp(Listener l) {
        if (connected(l)) {
            Object missed = l.missed.getAndSet(null);
            if (missed != null) {
                l.consumer.accept(missed);
            }
        }
    }

    /** Closes the screens whose heartbeats stopped (their browser is gone); their views let go of their listeners. */
    @Scheduled(fixedDelayString = "${motcua.screens.sweep-every:60s}", initialDelayString = "${motcua.screens.sweep-every:60s}")
    public void closeVanished() {
        Set<UI> looked = new HashSet<>();
        for (Listener l : listeners) {
            UI ui = l.ui;
            if (!looked.add(ui) || active(ui)) {
                continue;
            }
            VaadinSession session = ui.getSession();
            if (session == null) {
                listeners.removeIf(other -> other.ui == ui);
                continue;
            }
            try {
                // as Vaadin closes a UI whose heartbeats stopped: inside that UI's own access
                ui.access(() -> {
                    log.debug("Screen {} closed: no heartbeat from its browser", ui.getUIId());
                    ui.close();
                    session.removeUI(ui);
                });
            } catch (UIDetachedException gone) {
                listeners.removeIf(other -> other.ui == ui);
            }
        }
    }

    /**
     * Whether changes made now reach the screen's browser. A push connection that was up and is down: no (the browser
     * is gone, or reconnecting: then it gets the last event it missed at its next heartbeat). One never seen up (a page
     * still loading, a UI without push in tests): yes, until its heartbeats stop.
     */
    private static boolean connected(Listener l) {
        return pushUp(l) || !l.seenConnected && active(l.ui);
    }

    private static boolean pushUp(Listener l) {
        PushConnection push = l.ui.getInternals().getPushConnection();
        if (push != null && push.isConnected()) {
            l.seenConnected = true;
            return true;
        }
        return false;
    }

    private static boolean active(UI ui) {
        VaadinSession session = ui.getSession();
        return session != null && !ui.isClosing() && session.getService().isUIActive(ui);
    }

    /** For tests and benchmarks: how many screens listen. */
    public int listenerCount() {
        return listeners.size();
    }

    /** For tests and benchmarks: how many events were held back from screens whose browser was not connected. */
    public long heldBackCount() {
        return heldBack.get();
    }

    /** For tests and benchmarks: how many of the listening screens' browsers have their push connection up now. */
    public int connectedCount() {
        return (int) listeners.stream().filter(ScreenPush::pushUp).count();
    }
}
