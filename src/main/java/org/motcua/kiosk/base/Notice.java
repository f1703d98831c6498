package org.motcua.kiosk.base;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A page that tells a person one thing and shows the way on: its title, the words in the interface's language, the
 * same in the other language beneath them, and its buttons, the first the way on (the kiosk-only page, "no such
 * page", "for administrators", "out of service").
 */
public final class Notice {

    private Notice() {
    }

    /** Replaces what {@code page} shows with the notice. */
    public static void show(HasComponents page, String title, String text, String otherLanguage, Button way,
                            Button... others) {
        page.removeAll();
        Paragraph other = new Paragraph(otherLanguage);
        other.addClassName("kiosk-hint");
        way.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        page.add(new H1(title), new Paragraph(text), other, way);
        page.add(others);
    }
}
