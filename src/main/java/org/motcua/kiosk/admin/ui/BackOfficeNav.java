package org.motcua.kiosk.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The back office's pages, on every one of them; and the counter screen, which officers and admins both use. */
class BackOfficeNav extends Nav {

    BackOfficeNav() {
        addClassName("admin-nav");
        add(new RouterLink(getTranslation("admin.catalog"), AdminView.class),
                new RouterLink(getTranslation("backoffice.services"), ServicesView.class),
                new RouterLink(getTranslation("backoffice.counters"), CountersView.class),
                new RouterLink(getTranslation("backoffice.policy"), PolicyView.class),
                new RouterLink(getTranslation("backoffice.accounts"), AccountsView.class),
                // The counter screen belongs to the queue module; a plain link keeps the modules apart.
                new Anchor("quay", getTranslation("backoffice.counterScreen")));
    }
}
