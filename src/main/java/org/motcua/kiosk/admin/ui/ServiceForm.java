package org.motcua.kiosk.admin.ui;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.motcua.kiosk.queue.OpeningHours;
import org.motcua.kiosk.queue.ServiceType;

/** One service's settings. {@link #read()} builds the service, whose own checks say what is wrong. */
class ServiceForm extends Div {

    private final List<String> catalogFields;
    final H2 heading = new H2();
    final TextField id = new TextField();
    final TextField prefix = new TextField();
    final TextField name = new TextField();
    final TextField nameEn = new TextField();
    final MultiSelectComboBox<String> fields = new MultiSelectComboBox<>();
    final TextField hours = new TextField();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final IntegerField dailyLimit = new IntegerField();
    final IntegerField firstNumber = new IntegerField();
    final IntegerField lastNumber = new IntegerField();
    final IntegerField sortOrder = new IntegerField();
    final Checkbox active = new Checkbox();

    ServiceForm(List<String> catalogFields) {
        this.catalogFields = catalogFields;
        addClassName("admin-form");
        id.setLabel(getTranslation("backoffice.service.id"));
        id.setHelperText(getTranslation("backoffice.service.idHelp"));
        prefix.setLabel(getTranslation("backoffice.service.prefix"));
        prefix.setHelperText(getTranslation("backoffice.service.prefixHelp"));
        name.setLabel(getTranslation("backoffice.service.name"));
        nameEn.setLabel(getTranslation("backoffice.service.nameEn"));
        fields.setLabel(getTranslation("backoffice.service.fields"));
        hours.setLabel(getTranslation("backoffice.service.hours"));
        hours.setHelperText(getTranslation("backoffice.service.hoursHelp"));
        days.setLabel(getTranslation("backoffice.service.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> getTranslation("backoffice.day." + d.name()));
        dailyLimit.setLabel(getTranslation("backoffice.service.limit"));
        dailyLimit.setHelperText(getTranslation("backoffice.service.limitHelp"));
        firstNumber.setLabel(getTranslation("backoffice.service.first"));
        lastNumber.setLabel(getTranslation("backoffice.service.last"));
        sortOrder.setLabel(getTranslation("backoffice.service.order"));
        active.setLabel(getTranslation("backoffice.active"));
        add(heading, id, prefix, name, nameEn, fields, hours, days, dailyLimit, firstNumber, lastNumber, sortOrder,
                active);
    }

    /** Fills the form with a service to change, or with a new one's defaults when null. */
    void edit(ServiceType s) {
        heading.setText(getTranslation(s == null ? "backoffice.service.new" : "backoffice.service.edit",
                s == null ? "" : s.prefix()));
        Set<String> choices = new TreeSet<>(catalogFields);
        if (s != null) {
            choices.addAll(s.fields());
        }
        fields.setItems(new ArrayList<>(choices));
        id.setReadOnly(s != null);
        id.setValue(s == null ? "" : s.id());
        prefix.setValue(s == null ? "" : s.prefix());
        name.setValue(s == null ? "" : s.name());
        nameEn.setValue(s == null || s.nameEn() == null ? "" : s.nameEn());
        fields.setValue(s == null ? Set.of() : Set.copyOf(s.fields()));
        hours.setValue(s == null ? "07:30-11:30,13:30-17:00" : s.hours().hoursText());
        days.setValue(s == null ? weekdays() : s.hours().days());
        dailyLimit.setValue(s == null ? null : s.dailyLimit());
        firstNumber.setValue(s == null ? 1 : s.firstNumber());
        lastNumber.setValue(s == null ? 999 : s.lastNumber());
        sortOrder.setValue(s == null ? 100 : s.sortOrder());
        active.setValue(s == null || s.active());
    }

    private static Set<DayOfWeek> weekdays() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    /** @throws IllegalArgumentException saying, in both languages, what is wrong */
    ServiceType read() {
        OpeningHours opening = OpeningHours.parse(hours.getValue(),
                days.getValue().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
        return new ServiceType(id.getValue().strip(), prefix.getValue().strip(), name.getValue().strip(),
                nameEn.getValue().isBlank() ? null : nameEn.getValue().strip(),
                fields.getValue().stream().sorted().toList(), opening, dailyLimit.getValue(),
                required(firstNumber), required(lastNumber), required(sortOrder), active.getValue());
    }

    private int required(IntegerField field) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException(getTranslation("backoffice.required", field.getLabel()));
        }
        return field.getValue();
    }
}
