package org.motcua.kiosk.catalog.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.motcua.kiosk.kiosk.HomeTile;

/** "Tra cứu thủ tục" on the kiosk's home screen. */
@Component
class CatalogTile implements HomeTile {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "tile.catalog.title";
    }

    @Override
    public String textKey() {
        return "tile.catalog.text";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.SEARCH;
    }

    @Override
    public Class<CatalogView> target() {
        return CatalogView.class;
    }
}
