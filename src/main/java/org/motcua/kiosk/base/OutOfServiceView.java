package org.motcua.kiosk.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a screen goes when an action on it failed (see {@link ScreenErrors}): {@link OutOfService}'s page. No layout
 * of the kiosk's around it: that layout reads the database, which may be what failed.
 */
@Route(value = OutOfService.ROUTE, autoLayout = false)
@PageTitle("Tạm ngừng phục vụ / Out of service")
@AnonymousAllowed
public class OutOfServiceView extends Div implements BeforeEnterObserver {

    public OutOfServiceView() {
        addClassName("kiosk-page");
        addClassName("out-of-service");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OutOfService.show(this, event.getLocation().getQueryParameters().getSingleParameter(OutOfService.BACK)
                .orElse("/"));
    }
}
