package org.motcua.kiosk.support;

import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import com.github.mvysny.fakeservlet.FakeHttpEnvironment;
import com.github.mvysny.fakeservlet.FakeRequest;

import jakarta.servlet.http.Cookie;

import org.motcua.kiosk.pairing.PairedScreens;
import org.motcua.kiosk.pairing.PairingRequest;
import org.motcua.kiosk.pairing.ScreenPurpose;

import kotlin.jvm.functions.Function0;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Views driven without a browser (Karibu-Testing) against the real application context: real services, a real
 * Derby file of the test's own.
 */
@SpringBootTest
public abstract class KaribuHarness {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.motcua.kiosk");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        FakeHttpEnvironment.INSTANCE.setRemoteAddr("127.0.0.1");
    }

    /**
     * Makes this test's browser a screen an administrator paired (a counter's rating screen, or a kiosk screen on the
     * LAN): the pairing done through the service, and the cookie the screen's browser would then keep sent with every
     * request. Returns the cookie's value.
     */
    protected String pairThisBrowser(ScreenPurpose purpose, Integer counter, String address) {
        PairedScreens screens = context.getBean(PairedScreens.class);
        PairingRequest request = screens.request(purpose, counter, address,
                purpose == ScreenPurpose.RATING ? "/danh-gia/quay/" + counter : "/");
        String claimPath = screens.approve(request.code(), "Màn hình thử", "quantri").claimPath();
        String cookie = screens.claim(claimPath.substring(claimPath.indexOf("t=") + 2)).orElseThrow().cookieValue();
        fromAddress(address, cookie);
        return cookie;
    }

    /**
     * This test's browser as a phone or laptop at {@code address} on the LAN (a new session), sending the paired
     * screen's cookie when it is not null.
     */
    protected void fromAddress(String address, String screenCookie) {
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(address);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            if (screenCookie != null) {
                request.addCookie(new Cookie(PairedScreens.COOKIE, screenCookie));
            }
            return request;
        });
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /** Logs in as a user with these roles, the way Spring Security would after the login form. */
    protected void loginAs(String username, String... roles) {
        var authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> java.util.Arrays.asList(roles).contains(role));
            return request;
        });
        // A new session and request, as after the login form's redirect.
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /** All text a person would read on the current screen, whitespace collapsed. */
    protected static String screenText() {
        var chain = UI.getCurrent().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "" : text((Component) chain.getLast());
    }

    protected static String text(Component c) {
        return collect(c.getElement()).replaceAll("\\s+", " ").strip();
    }

    private static String collect(Element e) {
        if (e.isTextNode()) {
            return e.getText();
        }
        if (!e.isVisible()) {
            return "";
        }
        String own = e.getChildren().map(KaribuHarness::collect).collect(Collectors.joining(" "));
        // Button and field labels that Vaadin keeps as properties rather than child text.
        String label = e.getProperty("label", "");
        return label.isEmpty() ? own : label + " " + own;
    }

    protected static Component currentView() {
        return UI.getCurrent().getCurrentView();
    }
}
