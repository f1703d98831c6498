package org.motcua.kiosk.pairing;

import java.net.InetAddress;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Service;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/**
 * Who is looking at a page: the kiosk's own screen (a browser on this machine: the appliance's Chromium opens
 * {@code http://localhost:8080}), a paired screen (by its cookie), or anyone else on the LAN. Read from the Vaadin
 * session and request of the current UI.
 * <p>
 * The address is the TCP peer's: no {@code X-Forwarded-For} is believed (Spring Boot's forwarded headers are off),
 * so nobody on the LAN can pass for the kiosk's own screen. Do not put a reverse proxy on the kiosk itself: every
 * request would then come from this machine.
 */
@Service
public class ScreenAccess {

    private static final String SESSION_KEY = ScreenAccess.class.getName() + ".screen";

    private final PairedScreens screens;

    ScreenAccess(PairedScreens screens) {
        this.screens = screens;
    }

    /** Whether the current session's browser runs on this machine. */
    public boolean isLocalScreen() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.ofLiteral(address).isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** The paired screen the current browser is, if it is one (and still paired). */
    public Optional<PairedScreen> pairedScreen() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request != null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (PairedScreens.COOKIE.equals(c.getName())) {
                    Optional<PairedScreen> s = screens.identify(c.getValue());
                    if (s.isPresent()) {
                        if (session != null) {
                            session.setAttribute(SESSION_KEY, s.get().id().toString());
                        }
                        return s;
                    }
                }
            }
        }
        Object known = session == null ? null : session.getAttribute(SESSION_KEY);
        return known == null ? Optional.empty() : screens.active(UUID.fromString(known.toString()));
    }

    /** Whether the current browser may do what the kiosk's own screen does: issue tickets, rate by a code. */
    public boolean isKioskScreen() {
        return isLocalScreen() || pairedScreen().filter(s -> s.purpose() == ScreenPurpose.KIOSK).isPresent();
    }

    /**
     * What limits count per: the browser's session. A kiosk screen's browser keeps its session cookie (nobody at a
     * touchscreen without a keyboard can clear it), and a browser that is not a kiosk screen may not issue or rate
     * by code at all, so this is one key per screen; unlike a network address it also keeps apart two screens
     * behind one address.
     */
    public String screenKey() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? "none" : session.getSession().getId();
    }

    /** The current browser's address, as the back office shows it beside a waiting screen's code. */
    public String address() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? "" : String.valueOf(session.getBrowser().getAddress());
    }
}
