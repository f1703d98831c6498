package org.motcua.kiosk.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.motcua.kiosk.base.Notice;

/**
 * An address that is no page of the kiosk (an old link, a mistyped address, a QR code of another office): said in
 * Vietnamese and English, with the way home, instead of Vaadin's "Could not navigate to …" or the staff login.
 */
@ParentLayout(KioskLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("kiosk-page");
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Button home = new Button(getTranslation("notFound.home"), e -> UI.getCurrent().navigate(""));
        home.addClassName("kiosk-ticket-done");
        Notice.show(this, getTranslation("notFound.title"), getTranslation("notFound.text"),
                getTranslation("notFound.other"), home);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
