package org.motcua.kiosk.queue.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "Gọi số…": one given number, typed (A012) or tapped in the waiting list. A refusal (not here, not waiting, another
 * day) is shown in the dialog, which stays open.
 */
class CallNumberDialog extends Dialog {

    final TextField number = new TextField();
    final Paragraph message = new Paragraph();

    /** @param call calls the number; returns the refusal's text, or empty when it was called */
    CallNumberDialog(String prefill, Function<String, Optional<String>> call) {
        setHeaderTitle(getTranslation("counter.callDialog.title"));
        addClassName("counter-dialog");
        number.setLabel(getTranslation("counter.callDialog.number"));
        number.setPlaceholder("A012");
        number.setValue(prefill == null ? "" : prefill);
        number.setAutofocus(true);
        message.addClassName("counter-message");
        Button callIt = new Button(getTranslation("counter.callDialog.submit"), e -> call(call));
        callIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        callIt.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("counter.dialog.cancel"), e -> close());
        Div buttons = new Div(callIt, cancel);
        buttons.addClassName("counter-dialog-buttons");
        add(number, message, buttons);
    }

    private void call(Function<String, Optional<String>> call) {
        if (number.getValue().isBlank()) {
            message.setText(getTranslation("counter.callDialog.empty"));
            return;
        }
        call.apply(number.getValue()).ifPresentOrElse(message::setText, this::close);
    }
}
