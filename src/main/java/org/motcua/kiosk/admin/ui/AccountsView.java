package org.motcua.kiosk.admin.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.admin.UserAccounts.Account;
import org.motcua.kiosk.base.TimeConfiguration;

/** The accounts: who may log in; an administrator adds counter officers and locks or unlocks accounts. */
@Route(value = "admin/accounts", autoLayout = false)
@PageTitle("Tài khoản / Accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends BackOfficePage {

    static final String TOGGLE = "toggle";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(TimeConfiguration.VIETNAM);

    private final UserAccounts accounts;
    private final String me;
    final Grid<Account> grid = new Grid<>();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();

    public AccountsView(UserAccounts accounts, AuthenticationContext auth) {
        super("backoffice.accounts", auth);
        this.accounts = accounts;
        this.me = auth.getPrincipalName().orElse("");
        grid.addColumn(Account::username).setHeader(getTranslation("login.username")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("backoffice.role." + a.role().name()))
                .setHeader(getTranslation("backoffice.accounts.role")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "backoffice.accounts.enabled" : "backoffice.accounts.disabled"))
                .setHeader(getTranslation("backoffice.accounts.state")).setAutoWidth(true);
        grid.addColumn(a -> WHEN.format(a.createdAt())).setHeader(getTranslation("backoffice.accounts.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::toggleButton).setKey(TOGGLE).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        username.setLabel(getTranslation("login.username"));
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("setup.tooShort", UserAccounts.MIN_PASSWORD_LENGTH));
        repeat.setLabel(getTranslation("setup.password2"));
        Button create = new Button(getTranslation("backoffice.accounts.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2(getTranslation("backoffice.accounts.new")), username, password, repeat,
                new Div(create));
        form.addClassName("admin-form");
        add(grid, form);
        refresh();
    }

    private Button toggleButton(Account a) {
        Button b = new Button(getTranslation(a.enabled() ? "backoffice.accounts.disable" : "backoffice.accounts.enable"),
                e -> toggle(a));
        // Nobody locks themselves out from their own session.
        b.setEnabled(!a.username().equals(me));
        return b;
    }

    private void toggle(Account a) {
        try {
            accounts.setEnabled(a.username(), !a.enabled());
            done(a.enabled() ? "backoffice.accounts.disabledDone" : "backoffice.accounts.enabledDone", a.username());
        } catch (UserAccounts.SetupException e) {
            refused(getTranslation("backoffice.accounts.lastAdmin"));
        }
        refresh();
    }

    private void create() {
        String name = username.getValue().strip();
        if (!password.getValue().equals(repeat.getValue())) {
            refused(getTranslation("setup.mismatch"));
            return;
        }
        try {
            accounts.createOfficer(name, password.getValue());
            done("backoffice.accounts.created.done", name);
            username.clear();
            password.clear();
            repeat.clear();
            refresh();
        } catch (UserAccounts.SetupException e) {
            refused(switch (e.problem()) {
                case BAD_USERNAME -> getTranslation("setup.badUsername");
                case PASSWORD_TOO_SHORT -> getTranslation("setup.tooShort", UserAccounts.MIN_PASSWORD_LENGTH);
                case USERNAME_TAKEN -> getTranslation("backoffice.accounts.taken");
                case ADMIN_EXISTS, WRONG_SETUP_CODE, TOO_MANY_TRIES, LAST_ADMINISTRATOR -> getTranslation("backoffice.accounts.lastAdmin");
            });
        }
    }

    private void refresh() {
        grid.setItems(accounts.accounts());
    }
}
