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

import kotlin.jvm.functions.Function0;

/**
 * Views driven without a browser (Karibu-Testing) against the real application context: real services, a real
 * Derby file of the test's own.
 */
@SpringBootTest
public abstract class KaribuTest {

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
        String own = e.getChildren().map(KaribuTest::collect).collect(Collectors.joining(" "));
        // Button and field labels that Vaadin keeps as properties rather than child text.
        String label = e.getProperty("label", "");
        return label.isEmpty() ? own : label + " " + own;
    }

    protected static Component currentView() {
        return UI.getCurrent().getCurrentView();
    }
}
