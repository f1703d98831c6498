package org.motcua.kiosk.catalog.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.Procedure;
import org.motcua.kiosk.catalog.SearchHit;
import org.motcua.kiosk.kiosk.KioskLayout;
import org.motcua.kiosk.kiosk.OnScreenKeyboard;

/**
 * Search as the citizen types on the kiosk's keyboard: results under the field, best first, updated with
 * every key. A physical keyboard or barcode scanner types into the same field.
 */
@Route(value = "thu-tuc/tim-kiem", layout = KioskLayout.class)
@PageTitle("Tìm thủ tục")
@AnonymousAllowed
public class SearchView extends Div implements LocaleChangeObserver {

    static final int MAX_QUERY = 80;
    static final int RESULTS = 8;

    private final CatalogService catalog;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final H1 title = new H1();
    private final Button byField = new Button(VaadinIcon.LIST.create());
    private Div keyboardSlot = new Div();

    public SearchView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("kiosk-page");
        addClassName("kiosk-search");
        query.addClassName("kiosk-query");
        query.setMaxLength(MAX_QUERY);
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.EAGER);
        query.addValueChangeListener(e -> showResults());
        results.addClassName("kiosk-results");
        byField.addClassName("kiosk-secondary");
        byField.addClickListener(e -> UI.getCurrent().navigate(CatalogView.class));
        add(title, query, results, keyboardSlot);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("search.title"));
        query.setLabel(getTranslation("search.label"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        byField.setText(getTranslation("search.byField"));
        Div keyboard = new Div(new OnScreenKeyboard(query, MAX_QUERY));
        keyboard.addClassName("kiosk-keyboard-slot");
        replace(keyboardSlot, keyboard);
        keyboardSlot = keyboard;
        showResults();
    }

    private void showResults() {
        results.removeAll();
        String q = query.getValue();
        if (q.isBlank()) {
            Paragraph start = new Paragraph(getTranslation("search.start"));
            start.addClassName("kiosk-hint");
            results.add(start);
            return;
        }
        List<SearchHit> hits = catalog.search(q, RESULTS);
        if (hits.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.none", q));
            none.addClassName("kiosk-none");
            results.add(none, byField);
            return;
        }
        ProcedureList list = new ProcedureList();
        boolean english = "en".equals(getLocale().getLanguage());
        for (SearchHit hit : hits) {
            Procedure p = catalog.find(hit.code()).orElseThrow();
            String name = english && p.nameEn() != null ? p.nameEn() + " — " + p.name() : p.name();
            list.addProcedure(p.code().value(), name, p.field() + " · " + ProcedureText.summaryLine(this, p));
        }
        results.add(list);
    }

    /** For tests: what is typed. */
    TextField queryField() {
        return query;
    }
}
