package org.motcua.kiosk.queue.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.queue.QueueEvent;

/**
 * Hands every queue event to the open screens that asked for them (boards, counters, kiosks), each inside its own
 * UI's lock and pushed to its browser: no screen polls or reloads.
 */
@Component
public class QueueBroadcaster {

    private record Listener(UI ui, Consumer<QueueEvent> consumer) {
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    /** Call from the screen's attach; remove the registration on detach. */
    public Registration register(UI ui, Consumer<QueueEvent> consumer) {
        Listener l = new Listener(ui, consumer);
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    @EventListener
    void on(QueueEvent event) {
        for (Listener l : listeners) {
            Command push = () -> l.consumer().accept(event);
            try {
                l.ui().access(push);
            } catch (com.vaadin.flow.component.UIDetachedException gone) {
                listeners.remove(l);
            }
        }
    }

    /** For tests and the benchmark: how many screens listen. */
    public int listenerCount() {
        return listeners.size();
    }
}
