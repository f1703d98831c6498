package org.motcua.kiosk.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * Where a login that was not on its way to a page lands: administrators in the back office, officers at their
 * counter screen (rather than on the citizens' kiosk home).
 */
@Route(value = LandingView.ROUTE, autoLayout = false)
@PermitAll
public class LandingView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "vao";
    private static final String COUNTER_SCREEN = "quay";

    private final AuthenticationContext auth;

    public LandingView(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(auth.hasRole("ADMIN") ? "admin" : COUNTER_SCREEN);
    }
}
