package org.motcua.kiosk.kiosk;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Every new screen starts in Vietnamese, whatever the browser's language, unless the citizen chose English. */
@Component
class KioskUiInit implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e ->
                e.getUI().setLocale(KioskPreferences.of(e.getUI().getSession()).locale()));
    }
}
