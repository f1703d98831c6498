package org.motcua.kiosk.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

import org.motcua.kiosk.device.DeviceRoutes;
import org.motcua.kiosk.queue.QueueRoutes;

/**
 * The back office's pages, on every one of them; and the counter screen, which officers and admins both use. On the
 * hub: the catalogue it publishes, its offices and kiosks, accounts and the reports across offices, without the pages
 * of a kiosk's own hall (services, counters, printer, button boxes).
 */
class BackOfficeNav extends Nav {

    BackOfficeNav() {
        addClassName("admin-nav");
        if (HubRoutes.onHub()) {
            add(new RouterLink(getTranslation("admin.catalog"), AdminView.class),
                    new RouterLink(getTranslation("hub.title"), HubView.class),
                    new RouterLink(getTranslation("backoffice.accounts"), AccountsView.class),
                    new RouterLink(getTranslation("report.title"), ReportsView.class));
            return;
        }
        add(new RouterLink(getTranslation("admin.catalog"), AdminView.class),
                new RouterLink(getTranslation("backoffice.services"), ServicesView.class),
                new RouterLink(getTranslation("backoffice.counters"), CountersView.class),
                new RouterLink(getTranslation("backoffice.policy"), PolicyView.class),
                new RouterLink(getTranslation("backoffice.accounts"), AccountsView.class),
                new RouterLink(getTranslation("backoffice.printer"), PrinterView.class),
                new RouterLink(getTranslation("backoffice.screens"), ScreensView.class),
                new RouterLink(getTranslation("report.title"), ReportsView.class),
                new RouterLink(getTranslation("sync.nav"), SyncView.class),
                new RouterLink(getTranslation("backoffice.clock"), ClockView.class),
                new Anchor(DeviceRoutes.DEVICES, getTranslation("device.title")),
                // The counter screen is the queue module's own view; its route is the module's API.
                new Anchor(QueueRoutes.COUNTER, getTranslation("backoffice.counterScreen")));
    }
}
