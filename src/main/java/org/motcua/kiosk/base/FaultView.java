package org.motcua.kiosk.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that could not be opened because something beneath it failed: {@link OutOfService}'s page instead of
 * Vaadin's "There was an exception while trying to navigate…", the fault recorded for the back office. "No such
 * page" and "for administrators" have their own, more precise, pages.
 */
@AnonymousAllowed
public class FaultView extends Div implements HasErrorParameter<Exception> {

    private final Incidents incidents;

    public FaultView(Incidents incidents) {
        this.incidents = incidents;
        addClassName("kiosk-page");
        addClassName("out-of-service");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String where = "/" + event.getLocation().getPathWithQueryParameters();
        Incidents.Kind kind = incidents.record(where, parameter.getCaughtException());
        OutOfService.show(this, where);
        return kind == Incidents.Kind.UNEXPECTED ? HttpStatusCode.INTERNAL_SERVER_ERROR.getCode()
                : HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }
}
