package org.motcua.kiosk.admin.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.FieldSummary;
import org.motcua.kiosk.queue.QueueException;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;

/** The queue's services (ticket letters): the list, and a form to add one or change one. */
@Route(value = "admin/services", autoLayout = false)
@PageTitle("Dịch vụ / Services")
@RolesAllowed("ADMIN")
public class ServicesView extends BackOfficePage {

    private final QueueService queue;
    final Grid<ServiceType> grid = new Grid<>();
    final ServiceForm form;

    public ServicesView(QueueService queue, CatalogService catalog, AuthenticationContext auth) {
        super("backoffice.services", auth);
        this.queue = queue;
        this.form = new ServiceForm(catalog.fields().stream().map(FieldSummary::name).toList());
        grid.addColumn(ServiceType::prefix).setHeader(getTranslation("backoffice.service.prefix")).setAutoWidth(true);
        grid.addColumn(ServiceType::name).setHeader(getTranslation("backoffice.service.name")).setFlexGrow(2);
        grid.addColumn(ServiceType::id).setHeader(getTranslation("backoffice.service.id")).setAutoWidth(true);
        grid.addColumn(s -> s.hours().hoursText() + " · " + days(s)).setHeader(getTranslation("backoffice.service.hours"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.dailyLimit() == null ? "–" : s.dailyLimit().toString())
                .setHeader(getTranslation("backoffice.service.limit")).setAutoWidth(true);
        grid.addColumn(s -> s.display(s.firstNumber()) + "–" + s.display(s.lastNumber()))
                .setHeader(getTranslation("backoffice.service.range")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.active() ? "backoffice.yes" : "backoffice.no"))
                .setHeader(getTranslation("backoffice.active")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> form.edit(e.getItem()));
        Button add = new Button(getTranslation("backoffice.service.add"), e -> form.edit(null));
        Button save = new Button(getTranslation("backoffice.save"), e -> save());
        save.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        form.add(new Div(save));
        add(add, grid, form);
        refresh();
        form.edit(null);
    }

    private String days(ServiceType s) {
        return s.hours().days().stream().sorted()
                .map(d -> getTranslation("backoffice.dayShort." + d.name())).collect(Collectors.joining(", "));
    }

    private void save() {
        try {
            ServiceType s = form.read();
            queue.saveService(s);
            done("backoffice.service.saved", s.prefix(), s.name());
            refresh();
            form.edit(s);
        } catch (IllegalArgumentException e) {
            refused(inLanguage(e.getMessage()));
        } catch (QueueException e) {
            refused(getTranslation(e.problem().messageKey(), e.arguments()));
        }
    }

    private void refresh() {
        grid.setItems(queue.services());
    }
}
