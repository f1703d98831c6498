package org.motcua.kiosk.admin.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.admin.LoginThrottle;
import org.motcua.kiosk.admin.UserAccounts;

/**
 * Login for the back office and counters. With no administrator yet, it sends to the first-run setup. A login refused
 * because of too many wrong passwords says so, and when to try again ({@link LoginThrottle}).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Đăng nhập / Log in")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UserAccounts accounts;
    private final Clock clock;
    private final LoginForm form = new LoginForm();

    public LoginView(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        addClassName("admin-login");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(null);
        i18n.getErrorMessage().setTitle(getTranslation("login.error"));
        i18n.getErrorMessage().setMessage("");
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1("MotCua Kiosk"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.hasAdministrator()) {
            event.forwardTo(SetupView.class);
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        // Spring Security leaves the reason of the last failure in the session (SimpleUrlAuthenticationFailureHandler)
        Object reason = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failed && reason instanceof LoginThrottle.TooManyAttempts held) {
            form.showErrorMessage(getTranslation("login.locked"), getTranslation("login.locked.detail",
                    TIME.format(held.until().atZone(clock.getZone()))));
        }
    }
}
