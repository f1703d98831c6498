package org.motcua.kiosk.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.base.Notice;

/**
 * A logged-in officer who opens a page of the administrators (an old bookmark of /admin): told that the page needs
 * an administrator's account, with the way to their own screens, instead of Vaadin's "Could not navigate to 'admin'".
 * (A visitor who is not logged in is sent to the login instead.)
 */
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassName("admin-page");
        addClassName("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Button back = new Button(getTranslation("accessDenied.back"), e -> UI.getCurrent().navigate(LandingView.ROUTE));
        Notice.show(this, getTranslation("accessDenied.title"), getTranslation("accessDenied.text"),
                getTranslation("accessDenied.other"), back);
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
