package org.motcua.kiosk.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;

/** A column of large buttons, one per procedure: name, then field and code. */
class ProcedureList extends Div {

    ProcedureList() {
        addClassName("kiosk-list");
    }

    void addProcedure(String code, String name, String secondLine) {
        Button b = new Button();
        b.addClassName("kiosk-list-item");
        b.getElement().setAttribute("data-code", code);
        Span title = new Span(name);
        title.addClassName("kiosk-list-title");
        Span meta = new Span(secondLine);
        meta.addClassName("kiosk-list-meta");
        Div label = new Div(title, meta);
        b.getElement().appendChild(label.getElement());
        b.addClickListener(e -> UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", code)));
        add(b);
    }
}
