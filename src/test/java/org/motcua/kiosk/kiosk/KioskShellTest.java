package org.motcua.kiosk.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.motcua.kiosk.catalog.ui.CatalogView;
import org.motcua.kiosk.catalog.ui.SearchView;
import org.motcua.kiosk.support.KaribuHarness;

/** The frame around every kiosk screen: home tiles, language, text size, contrast and the idle reset. */
class KioskShellTest extends KaribuHarness {

    @Autowired
    Clock clock;
    @Autowired
    KioskProperties properties;

    @Test
    void homeOffersFindingAProcedureInVietnamese() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(screenText()).contains("Xin chào! Quý khách cần làm gì?", "Tra cứu thủ tục",
                "Giấy tờ cần chuẩn bị, thời hạn, phí, lệ phí", "Trang chủ", "Quay lại");
        _click(_get(Button.class, spec -> spec.withAttribute("data-tile", "tile.catalog.title")));
        assertThat(currentView()).isInstanceOf(CatalogView.class);
    }

    @Test
    void englishSwitchesTheInterfaceAndBack() {
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(Button.class, spec -> spec.withText("English")));
        assertThat(screenText()).contains("Welcome! What would you like to do?", "Find a procedure", "Home", "Back");
        _click(_get(Button.class, spec -> spec.withText("Tiếng Việt")));
        assertThat(screenText()).contains("Xin chào! Quý khách cần làm gì?");
    }

    @Test
    void textSizeGrowsAndShrinksWithinLimits() {
        UI.getCurrent().navigate(HomeView.class);
        KioskLayout layout = layout();
        Button larger = _get(Button.class, spec -> spec.withText("A+"));
        assertThat(layout.getStyle().get("--kiosk-scale")).isEqualTo("1.0");
        _click(larger);
        assertThat(layout.getStyle().get("--kiosk-scale")).isEqualTo("1.2");
        for (int i = 0; i < 5 && larger.isEnabled(); i++) {
            _click(larger);
        }
        assertThat(larger.isEnabled()).isFalse();
        assertThat(Double.parseDouble(layout.getStyle().get("--kiosk-scale"))).isGreaterThan(1.5);
        // The choice follows the citizen to the next screen.
        UI.getCurrent().navigate(CatalogView.class);
        assertThat(Double.parseDouble(layout().getStyle().get("--kiosk-scale"))).isGreaterThan(1.5);
    }

    @Test
    void highContrastIsAClassOnTheShell() {
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(Button.class, spec -> spec.withText("Tương phản cao")));
        assertThat(layout().hasClassName("high-contrast")).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Màu thường")));
        assertThat(layout().hasClassName("high-contrast")).isFalse();
    }

    @Test
    void idleCountdownThenHomeWithEverythingForgotten() {
        UI.getCurrent().navigate(SearchView.class);
        for (String key : java.util.List.of("k", "h", "a", "i")) {
            _click(_get(Button.class, spec -> spec.withAttribute("data-key", key)));
        }
        _click(_get(Button.class, spec -> spec.withText("English")));
        _click(_get(Button.class, spec -> spec.withText("A+")));
        Instant start = clock.instant();
        KioskLayout layout = layout();

        layout.tick(start.plus(properties.idleTimeout()).minus(properties.idleWarning()).minusSeconds(5));
        assertThat(screenText()).doesNotContain("Returning to the home screen");

        layout.tick(start.plus(properties.idleTimeout()).minusSeconds(10));
        assertThat(screenText()).contains("No activity. Returning to the home screen in");

        layout.tick(start.plus(properties.idleTimeout()).plusSeconds(1));
        assertThat(currentView()).isInstanceOf(HomeView.class);
        assertThat(screenText()).contains("Xin chào! Quý khách cần làm gì?").doesNotContain("No activity");
        assertThat(layout().getStyle().get("--kiosk-scale")).isEqualTo("1.0");
        UI.getCurrent().navigate(SearchView.class);
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withClasses("kiosk-query"))
                .getValue()).isEmpty();
    }

    @Test
    void aTouchPostponesTheReset() {
        UI.getCurrent().navigate(CatalogView.class);
        KioskLayout layout = layout();
        Instant start = clock.instant();
        layout.tick(start.plus(properties.idleTimeout()).minusSeconds(5));
        assertThat(screenText()).contains("Màn hình sẽ trở về trang chủ");
        _click(_get(Button.class, spec -> spec.withText("Tiếp tục sử dụng")));
        assertThat(screenText()).doesNotContain("Màn hình sẽ trở về trang chủ");
        layout.tick(clock.instant().plusSeconds(30));
        assertThat(currentView()).isInstanceOf(CatalogView.class);
    }

    @Test
    void defaultIdleTimeoutIsNinetySeconds() {
        assertThat(properties.idleTimeout()).hasSeconds(90);
    }

    private static KioskLayout layout() {
        return (KioskLayout) UI.getCurrent().getActiveRouterTargetsChain().stream()
                .filter(KioskLayout.class::isInstance).findFirst().orElseThrow();
    }
}
