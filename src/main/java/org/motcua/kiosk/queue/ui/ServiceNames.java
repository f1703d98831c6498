package org.motcua.kiosk.queue.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.motcua.kiosk.queue.ServiceType;

/** A service's name in the screen's language (Vietnamese when it has no English name). */
final class ServiceNames {

    private ServiceNames() {
    }

    static String of(Component screen, ServiceType s) {
        java.util.Locale locale = screen.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(java.util.Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        return s.prefix() + " – " + (english && s.nameEn() != null && !s.nameEn().isBlank() ? s.nameEn() : s.name());
    }

    static String of(Component screen, Map<String, ServiceType> services, String id) {
        ServiceType s = services.get(id);
        return s == null ? id : of(screen, s);
    }
}
