package org.motcua.kiosk.admin.ui;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.QueueException;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;

/** The counters (quầy): the list, and a form to add one or change its name, state and services. */
@Route(value = "admin/counters", autoLayout = false)
@PageTitle("Quầy / Counters")
@RolesAllowed("ADMIN")
public class CountersView extends BackOfficePage {

    private final QueueService queue;
    private Map<String, ServiceType> services = Map.of();
    final Grid<Counter> grid = new Grid<>();
    final H2 heading = new H2();
    final IntegerField number = new IntegerField();
    final TextField name = new TextField();
    final Checkbox active = new Checkbox();
    final CheckboxGroup<ServiceType> serves = new CheckboxGroup<>();

    public CountersView(QueueService queue, AuthenticationContext auth) {
        super("backoffice.counters", auth);
        this.queue = queue;
        grid.addColumn(Counter::number).setHeader(getTranslation("backoffice.counter.number")).setAutoWidth(true);
        grid.addColumn(Counter::name).setHeader(getTranslation("backoffice.counter.name")).setFlexGrow(2);
        grid.addColumn(c -> c.serviceIds().stream().map(id -> services.containsKey(id) ? services.get(id).prefix() : id)
                        .sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("backoffice.counter.services")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.active() ? "backoffice.yes" : "backoffice.no"))
                .setHeader(getTranslation("backoffice.active")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        number.setLabel(getTranslation("backoffice.counter.number"));
        name.setLabel(getTranslation("backoffice.counter.name"));
        active.setLabel(getTranslation("backoffice.active"));
        serves.setLabel(getTranslation("backoffice.counter.services"));
        serves.setItemLabelGenerator(s -> s.prefix() + " – " + s.name());
        Button add = new Button(getTranslation("backoffice.counter.add"), e -> edit(null));
        Button save = new Button(getTranslation("backoffice.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(heading, number, name, active, serves, new Div(save));
        form.addClassName("admin-form");
        add(add, grid, form);
        refresh();
        edit(null);
    }

    private void edit(Counter c) {
        heading.setText(getTranslation(c == null ? "backoffice.counter.new" : "backoffice.counter.edit",
                c == null ? "" : c.number()));
        number.setReadOnly(c != null);
        number.setValue(c == null ? null : c.number());
        name.setValue(c == null ? "" : c.name());
        active.setValue(c == null || c.active());
        serves.setValue(c == null ? Set.of()
                : c.serviceIds().stream().filter(services::containsKey).map(services::get).collect(Collectors.toSet()));
    }

    private void save() {
        try {
            if (number.getValue() == null) {
                throw new IllegalArgumentException(getTranslation("backoffice.required", number.getLabel()));
            }
            Counter c = new Counter(number.getValue(), name.getValue().strip(), active.getValue(),
                    serves.getValue().stream().map(ServiceType::id).collect(Collectors.toSet()));
            queue.saveCounter(c);
            done("backoffice.counter.saved", c.number());
            refresh();
            edit(c);
        } catch (IllegalArgumentException e) {
            refused(inLanguage(e.getMessage()));
        } catch (QueueException e) {
            refused(getTranslation(e.problem().messageKey(), e.arguments()));
        }
    }

    private void refresh() {
        services = queue.services().stream().collect(Collectors.toMap(ServiceType::id, Function.identity()));
        serves.setItems(queue.services());
        grid.setItems(queue.counters());
    }
}
