package org.motcua.kiosk.base;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

/**
 * Hands application events to the open screens that asked for them, each inside its own UI's lock and pushed to its
 * browser, so that no screen polls or reloads: a board sees a call, a kiosk sees its printer run out of paper.
 */
@Component
public class ScreenPush {

    private record Listener(UI ui, Class<?> type, Consumer<Object> consumer) {
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    /** Call from a screen's attach; remove the registration on detach. */
    public <T> Registration register(UI ui, Class<T> type, Consumer<? super T> consumer) {
        Listener l = new Listener(ui, type, event -> consumer.accept(type.cast(event)));
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    @EventListener
    void on(Object event) {
        for (Listener l : listeners) {
            if (!l.type().isInstance(event)) {
                continue;
            }
            try {
                l.ui().access(() -> l.consumer().accept(event));
            } catch (UIDetachedException gone) {
                listeners.remove(l);
            }
        }
    }

    /** For tests and benchmarks: how many screens listen. */
    public int listenerCount() {
        return listeners.size();
    }
}
