package org.motcua.kiosk.admin.ui;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * The hub's pages exist on the hub only: registered here, in the hub profile, instead of by {@code @Route} (a kiosk
 * has no registry of kiosks to show). {@link BackOfficeNav} shows the hub's set of pages when they are there. The
 * hub is a server, not a kiosk in a hall: its address alone opens its page (after the login), not a kiosk's home.
 */
@Component
@Profile("hub")
class HubRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(HubView.ROUTE, HubView.class);
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getLocation().getPath().isEmpty()) {
                enter.forwardTo(HubView.ROUTE);
            }
        }));
    }

    /** Whether this application is a hub: its pages are registered. */
    static boolean onHub() {
        return RouteConfiguration.forApplicationScope().isRouteRegistered(HubView.class);
    }
}
