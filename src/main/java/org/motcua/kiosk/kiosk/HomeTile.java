package org.motcua.kiosk.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A large tile on the kiosk's home screen. A module that offers citizens something (find a procedure,
 * take a number, rate the service) declares a bean of this type; home shows the tiles by {@link #order()}.
 */
public interface HomeTile {

    /** Position on home, lower first. */
    int order();

    /** i18n key of the tile's title. */
    String titleKey();

    /** i18n key of the line under the title. */
    String textKey();

    VaadinIcon icon();

    /** The view the tile opens. */
    Class<? extends Component> target();
}
