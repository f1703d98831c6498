package org.motcua.kiosk.kiosk;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Home: large tiles for what a citizen can do here; modules add theirs as {@link HomeTile} beans. */
@Route(value = "", layout = KioskLayout.class)
@PageTitle("MotCua Kiosk")
@AnonymousAllowed
public class HomeView extends Div implements LocaleChangeObserver {

    private final List<HomeTile> tiles;

    public HomeView(List<HomeTile> tiles) {
        this.tiles = tiles.stream().sorted(Comparator.comparingInt(HomeTile::order)).toList();
        addClassName("kiosk-home");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        H1 welcome = new H1(getTranslation("home.welcome"));
        Paragraph hint = new Paragraph(getTranslation("home.hint"));
        hint.addClassName("kiosk-hint");
        Div grid = new Div();
        grid.addClassName("kiosk-tiles");
        for (HomeTile tile : tiles) {
            Button b = new Button();
            b.addClassName("kiosk-tile");
            b.getElement().setAttribute("data-tile", tile.titleKey());
            Span title = new Span(getTranslation(tile.titleKey()));
            title.addClassName("kiosk-tile-title");
            Span text = new Span(getTranslation(tile.textKey()));
            text.addClassName("kiosk-tile-text");
            Div label = new Div(tile.icon().create(), title, text);
            b.getElement().appendChild(label.getElement());
            b.addClickListener(e -> UI.getCurrent().navigate(tile.target()));
            grid.add(b);
        }
        add(welcome, hint, grid);
    }
}
