package org.motcua.kiosk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.queue.OrderingPolicy;
import org.motcua.kiosk.queue.OrderingPolicy.Mode;
import org.motcua.kiosk.queue.QueueService;

/** The order numbers are called in: priority first, or one priority after every N normal; and the waiting guard. */
@Route(value = "admin/policy", autoLayout = false)
@PageTitle("Thứ tự gọi số / Calling order")
@RolesAllowed("ADMIN")
public class PolicyView extends BackOfficePage {

    private final QueueService queue;
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final IntegerField interleaveEvery = new IntegerField();
    final IntegerField maxWaitMinutes = new IntegerField();
    final IntegerField defaultServiceMinutes = new IntegerField();

    public PolicyView(QueueService queue, AuthenticationContext auth) {
        super("backoffice.policy", auth);
        this.queue = queue;
        mode.setLabel(getTranslation("backoffice.policy.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("backoffice.policy.mode." + m.name()));
        mode.addValueChangeListener(e -> interleaveEvery.setEnabled(e.getValue() == Mode.INTERLEAVED));
        interleaveEvery.setLabel(getTranslation("backoffice.policy.every"));
        maxWaitMinutes.setLabel(getTranslation("backoffice.policy.maxWait"));
        maxWaitMinutes.setHelperText(getTranslation("backoffice.policy.maxWaitHelp"));
        defaultServiceMinutes.setLabel(getTranslation("backoffice.policy.serviceMinutes"));
        defaultServiceMinutes.setHelperText(getTranslation("backoffice.policy.serviceMinutesHelp"));
        Button save = new Button(getTranslation("backoffice.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(mode, interleaveEvery, maxWaitMinutes, defaultServiceMinutes, new Div(save));
        form.addClassName("admin-form");
        add(form);
        show(queue.policy());
    }

    private void show(OrderingPolicy p) {
        mode.setValue(p.mode());
        interleaveEvery.setValue(p.interleaveEvery());
        interleaveEvery.setEnabled(p.mode() == Mode.INTERLEAVED);
        maxWaitMinutes.setValue(p.maxWaitMinutes());
        defaultServiceMinutes.setValue(p.defaultServiceMinutes());
    }

    private void save() {
        try {
            OrderingPolicy p = new OrderingPolicy(mode.getValue(), required(interleaveEvery), required(maxWaitMinutes),
                    required(defaultServiceMinutes));
            queue.savePolicy(p);
            done("backoffice.policy.saved");
            show(p);
        } catch (IllegalArgumentException e) {
            refused(inLanguage(e.getMessage()));
        }
    }

    private int required(IntegerField field) {
        if (field.getValue() == null) {
            throw new IllegalArgumentException(getTranslation("backoffice.required", field.getLabel()));
        }
        return field.getValue();
    }
}
