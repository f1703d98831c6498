package org.motcua.kiosk.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.FieldSummary;
import org.motcua.kiosk.kiosk.KioskLayout;

/** Start of the catalogue: a big search button, then every field as a tile with its number of procedures. */
@Route(value = "thu-tuc", layout = KioskLayout.class)
@PageTitle("Tra cứu thủ tục")
@AnonymousAllowed
public class CatalogView extends Div implements LocaleChangeObserver {

    private final CatalogService catalog;

    public CatalogView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("kiosk-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("catalog.title")));
        Button search = new Button(getTranslation("catalog.search"), VaadinIcon.SEARCH.create());
        search.addClassName("kiosk-search-button");
        search.addClickListener(e -> UI.getCurrent().navigate(SearchView.class));
        Paragraph hint = new Paragraph(getTranslation("catalog.search.hint"));
        hint.addClassName("kiosk-hint");
        add(search, hint);
        if (catalog.fields().isEmpty()) {
            add(new Paragraph(getTranslation("catalog.empty")));
            return;
        }
        add(new H2(getTranslation("catalog.fields")));
        boolean english = "en".equals(getLocale().getLanguage());
        Div grid = new Div();
        grid.addClassName("kiosk-fields");
        for (FieldSummary field : catalog.fields()) {
            Button b = new Button();
            b.addClassName("kiosk-field");
            b.getElement().setAttribute("data-field", field.name());
            Span name = new Span(field.name());
            name.addClassName("kiosk-field-name");
            Div label = new Div(name);
            if (english && field.nameEn() != null) {
                Span en = new Span(field.nameEn());
                en.addClassName("kiosk-field-en");
                label.add(en);
            }
            Span count = new Span(getTranslation("catalog.count", field.procedureCount()));
            count.addClassName("kiosk-field-count");
            label.add(count);
            b.getElement().appendChild(label.getElement());
            b.addClickListener(e -> UI.getCurrent().navigate(FieldView.class, new RouteParameters("field", field.name())));
            grid.add(b);
        }
        add(grid);
    }
}
