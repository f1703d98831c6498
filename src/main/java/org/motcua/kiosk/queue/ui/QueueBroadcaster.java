package org.motcua.kiosk.queue.ui;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.queue.QueueEvent;

/** The queue's events pushed to the open screens (boards, counters, kiosks, a ticket's own page). */
@Component
public class QueueBroadcaster {

    private final ScreenPush push;

    QueueBroadcaster(ScreenPush push) {
        this.push = push;
    }

    /** Call from the screen's attach; remove the registration on detach. */
    public Registration register(UI ui, Consumer<QueueEvent> consumer) {
        return push.register(ui, QueueEvent.class, consumer);
    }

    /** For tests and the benchmark: how many screens listen (to anything). */
    public int listenerCount() {
        return push.listenerCount();
    }
}
