package org.motcua.kiosk.queue.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.ServiceType;

/**
 * "Chuyển…": sends the citizen at this counter to another service's line or straight to another counter, and
 * optionally back here afterwards.
 */
class TransferDialog extends Dialog {

    /** Where to: exactly one of service and counter is set. */
    record Target(String serviceId, Integer counter, boolean returnAfter) {
    }

    enum Kind { SERVICE, COUNTER }

    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    final Select<ServiceType> service = new Select<>();
    final Select<Counter> counter = new Select<>();
    final Checkbox returnAfter = new Checkbox();
    final Paragraph message = new Paragraph();

    /** @param send does the transfer; returns the refusal's text, or empty when it was done */
    TransferDialog(String display, List<ServiceType> services, List<Counter> counters,
                   Function<Target, Optional<String>> send) {
        setHeaderTitle(getTranslation("counter.transferDialog.title", display));
        addClassName("counter-dialog");
        kind.setLabel(getTranslation("counter.transferDialog.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k == Kind.SERVICE
                ? "counter.transferDialog.toService" : "counter.transferDialog.toCounter"));
        kind.setValue(Kind.SERVICE);
        service.setLabel(getTranslation("counter.transferDialog.service"));
        service.setItems(services);
        service.setItemLabelGenerator(s -> ServiceNames.of(this, s));
        counter.setLabel(getTranslation("counter.transferDialog.counter"));
        counter.setItems(counters);
        counter.setItemLabelGenerator(c -> getTranslation("counter.pick.item", c.number(), c.name()));
        kind.addValueChangeListener(e -> showKind());
        returnAfter.setLabel(getTranslation("counter.transferDialog.return"));
        message.addClassName("counter-message");
        Button transfer = new Button(getTranslation("counter.transferDialog.submit"), e -> send(send));
        transfer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("counter.dialog.cancel"), e -> close());
        Div buttons = new Div(transfer, cancel);
        buttons.addClassName("counter-dialog-buttons");
        add(kind, service, counter, returnAfter, message, buttons);
        showKind();
    }

    private void showKind() {
        service.setVisible(kind.getValue() == Kind.SERVICE);
        counter.setVisible(kind.getValue() == Kind.COUNTER);
    }

    private void send(Function<Target, Optional<String>> send) {
        Target target = kind.getValue() == Kind.COUNTER
                ? counter.getValue() == null ? null : new Target(null, counter.getValue().number(), returnAfter.getValue())
                : service.getValue() == null ? null : new Target(service.getValue().id(), null, returnAfter.getValue());
        if (target == null) {
            message.setText(getTranslation("counter.transferDialog.choose"));
            return;
        }
        send.apply(target).ifPresentOrElse(message::setText, this::close);
    }
}
