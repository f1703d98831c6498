package org.motcua.kiosk.queue.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import com.vaadin.flow.component.Component;

import org.motcua.kiosk.queue.QueueException;

/** A refused queue request in the officer's or citizen's language, from the queue bundle. */
final class ProblemText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProblemText() {
    }

    static String of(Component screen, QueueException e) {
        Object[] args = Arrays.stream(e.arguments())
                .map(a -> a instanceof LocalDate d ? DAY.format(d) : a == null ? "" : a)
                .toArray();
        return screen.getTranslation(e.problem().messageKey(), args);
    }
}
