package org.motcua.kiosk.base;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * What fails in a screen's action or push (a tap on "Lấy số" with the disk full, a board's update with the database
 * gone): recorded for the back office, and the screen goes to {@link OutOfService}'s page instead of staying as it
 * was with nothing said (Vaadin's own handler only logs it). A browser that went away mid-request is not a fault.
 */
@Component
class ScreenErrors implements VaadinServiceInitListener {

    private final Incidents incidents;

    ScreenErrors(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler(incidents)));
    }

    static final class Handler extends DefaultErrorHandler {

        private final transient Incidents incidents;

        Handler(Incidents incidents) {
            this.incidents = incidents;
        }

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = findRelevantThrowable(event.getThrowable());
            if (!shouldHandle(failure)) {
                return;
            }
            UI ui = UI.getCurrent();
            String where = ui == null ? "(no screen)" : "/" + ui.getActiveViewLocation().getPathWithQueryParameters();
            incidents.record(where, failure);
            if (ui != null && !ui.isClosing() && !where.startsWith("/" + OutOfService.ROUTE)) {
                ui.navigate(OutOfService.ROUTE, QueryParameters.of(OutOfService.BACK, where));
            }
        }
    }
}
