package org.motcua.kiosk.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.admin.UserAccounts;

/**
 * First start: no account exists and there is no default password, so whoever installs the kiosk sets the first
 * administrator's password here, with the one-time setup code that only the installer has (printed by the ticket
 * printer at start, in the log and in a file of the data directory): anyone else who reaches the server first gets
 * nowhere. Once an administrator exists this screen only sends to the login.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Cài đặt ban đầu / First setup")
@AnonymousAllowed
public class SetupView extends Div implements BeforeEnterObserver {

    private final UserAccounts accounts;
    final TextField code = new TextField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Paragraph message = new Paragraph();
    final Button create = new Button();

    public SetupView(UserAccounts accounts) {
        this.accounts = accounts;
        addClassName("admin-setup");
        code.setLabel(getTranslation("setup.code"));
        code.setHelperText(getTranslation("setup.codeHelp", accounts.setupCodeFile()));
        code.setAllowedCharPattern("[0-9 \\-]");
        code.setMaxLength(20);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        username.setLabel(getTranslation("login.username"));
        username.setValue("admin");
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("setup.tooShort", UserAccounts.MIN_PASSWORD_LENGTH));
        repeat.setLabel(getTranslation("setup.password2"));
        message.addClassName("admin-message");
        create.setText(getTranslation("setup.submit"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.text")),
                code, username, password, repeat, create, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.hasAdministrator()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void create() {
        if (!password.getValue().equals(repeat.getValue())) {
            message.setText(getTranslation("setup.mismatch"));
            return;
        }
        try {
            accounts.createFirstAdministrator(code.getValue(), username.getValue().strip(), password.getValue());
            UI.getCurrent().navigate(LoginView.class);
        } catch (UserAccounts.SetupException e) {
            message.setText(switch (e.problem()) {
                case ADMIN_EXISTS -> getTranslation("setup.exists");
                case WRONG_SETUP_CODE -> getTranslation("setup.wrongCode");
                case TOO_MANY_TRIES -> getTranslation("setup.tooManyTries");
                case BAD_USERNAME -> getTranslation("setup.badUsername");
                case PASSWORD_TOO_SHORT -> getTranslation("setup.tooShort", UserAccounts.MIN_PASSWORD_LENGTH);
                case USERNAME_TAKEN -> getTranslation("backoffice.accounts.taken");
                case LAST_ADMINISTRATOR -> getTranslation("backoffice.accounts.lastAdmin");
            });
        }
    }
}
