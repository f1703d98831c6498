package org.motcua.kiosk.catalog.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.Procedure;
import org.motcua.kiosk.kiosk.KioskLayout;
import org.springframework.web.util.UriUtils;

/** The procedures of one field (lĩnh vực), alphabetically. */
@Route(value = "thu-tuc/linh-vuc/:field", layout = KioskLayout.class)
@AnonymousAllowed
public class FieldView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private String field = "";

    public FieldView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("kiosk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A page loaded from its address gets the name as the address has it, percent-encoded ("H%E1%BB%99%20t..."),
        // where a tap inside the app gets it as given: decoding the one is a no-op on the other (no field has a '%')
        field = UriUtils.decode(event.getRouteParameters().get("field").orElse(""), StandardCharsets.UTF_8);
        if (isAttached()) {
            // The same view instance is reused when only the route parameter changes.
            render();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        List<Procedure> procedures = catalog.inField(field);
        add(new H1(getTranslation("field.title", field)));
        if (procedures.isEmpty()) {
            add(new Paragraph(getTranslation("field.notFound")));
            return;
        }
        ProcedureList list = new ProcedureList();
        boolean english = "en".equals(getLocale().getLanguage());
        for (Procedure p : procedures) {
            String name = english && p.nameEn() != null ? p.nameEn() + " — " + p.name() : p.name();
            list.addProcedure(p.code().value(), name, ProcedureText.summaryLine(this, p));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return field;
    }
}
