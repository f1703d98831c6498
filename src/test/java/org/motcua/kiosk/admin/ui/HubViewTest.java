package org.motcua.kiosk.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.kiosk.hub.SyncBatches.batch;
import static org.motcua.kiosk.hub.SyncBatches.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;

import org.motcua.kiosk.hub.HubRegistry;
import org.motcua.kiosk.hub.SyncBatches;
import org.motcua.kiosk.support.HubHarness;

/** On the hub, an administrator adds an office and a kiosk, issues its token (shown once), revokes it; the reports
 * can be narrowed to one office. */
class HubViewTest extends HubHarness {

    @Autowired
    HubRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    void asAdministrator() {
        loginAs("admin", "ADMIN");
    }

    @Test
    void addAnOfficeAndAKioskIssueItsTokenAndRevokeIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UI.getCurrent().navigate(HubView.ROUTE);
        HubView view = (HubView) currentView();
        // The hub's pages in the navigation, not a kiosk's hall.
        assertThat(_find(RouterLink.class, spec -> spec.withText("Máy chủ tổng hợp"))).hasSize(1);
        assertThat(_find(RouterLink.class, spec -> spec.withText("Quầy"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Màn hình quầy"))).isEmpty();

        _setValue(view.officeCode, "bad code!");
        _setValue(view.officeName, "Phường Mẫu");
        _click(_get(Button.class, spec -> spec.withText("Thêm đơn vị")));
        assertThat(view.message.getText()).contains("Mã không hợp lệ");
        _setValue(view.officeCode, "phuong-mau-" + suffix);
        _click(_get(Button.class, spec -> spec.withText("Thêm đơn vị")));
        assertThat(view.message.getText()).isEqualTo("Đã thêm đơn vị phuong-mau-" + suffix + ".");

        String kiosk = "phuong-mau-" + suffix + "-1";
        _setValue(view.kioskId, kiosk);
        view.kioskOffice.setValue("phuong-mau-" + suffix);
        _setValue(view.kioskName, "Ki-ốt sảnh chính");
        _click(_get(Button.class, spec -> spec.withText("Thêm ki-ốt")));
        assertThat(view.message.getText()).contains("Đã thêm ki-ốt " + kiosk);
        int row = rowOf(view, kiosk);
        assertThat(GridKt._getFormattedRow(view.kiosks, row)).contains(kiosk, "Ki-ốt sảnh chính", "Chưa cấp", "Chưa");

        _click((Button) GridKt._getCellComponent(view.kiosks, row, HubView.ISSUE));
        assertThat(view.tokenBox.isVisible()).isTrue();
        String token = view.token.getValue();
        assertThat(token).hasSize(43);
        assertThat(registry.authenticate(token)).map(HubRegistry.Kiosk::id).hasValue(kiosk);
        assertThat(screenText()).contains("Mã chỉ hiện một lần", "motcua.sync.token");
        row = rowOf(view, kiosk);
        assertThat(GridKt._getFormattedRow(view.kiosks, row)).contains("Đang dùng");
        assertThat(((Button) GridKt._getCellComponent(view.kiosks, row, HubView.ISSUE)).getText())
                .isEqualTo("Cấp lại mã");

        _click((Button) GridKt._getCellComponent(view.kiosks, row, HubView.REVOKE));
        assertThat(view.tokenBox.isVisible()).isFalse();
        assertThat(view.message.getText()).contains("Đã thu hồi mã truy cập của ki-ốt " + kiosk);
        assertThat(registry.authenticate(token)).isEmpty();
        row = rowOf(view, kiosk);
        assertThat(GridKt._getFormattedRow(view.kiosks, row)).contains("Đã thu hồi");
        assertThat(((Button) GridKt._getCellComponent(view.kiosks, row, HubView.REVOKE)).isEnabled()).isFalse();
    }

    @Test
    void theReportsCanBeNarrowedToOneOffice() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        registry.addOffice("r-" + suffix, "Xã Một");
        registry.addKiosk("rk-" + suffix, "r-" + suffix, "Ki-ốt");
        Instant at = Instant.parse("2032-05-04T03:00:00Z");
        SyncBatches hub = new SyncBatches(port);
        assertThat(hub.postJson(registry.issueToken("rk-" + suffix), batch("rk-" + suffix,
                List.of(rating(at, 1, true), rating(at, 1, true), rating(at, 2, true), rating(at, 3, true))))
                .statusCode()).isEqualTo(200);

        UI.getCurrent().navigate("admin/reports");
        ReportsView view = (ReportsView) currentView();
        assertThat(view.office.isVisible()).isTrue();
        view.from.setValue(LocalDate.of(2032, 5, 4));
        view.to.setValue(LocalDate.of(2032, 5, 4));
        view.office.setValue("r-" + suffix);
        view.refresh();
        assertThat(view.rate.getText()).isEqualTo("75,0 %");
        view.office.setValue("");
        view.refresh();
        assertThat(view.rate.getText()).isNotEmpty();
    }

    @Test
    void theHubsAddressAloneOpensItsPageNotAKiosksHome() {
        UI.getCurrent().navigate("");
        assertThat(currentView()).isInstanceOf(HubView.class);
    }

    @Test
    void aKioskThatHasNotCalledForADayIsMarkedSilentButNotARevokedOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        registry.addOffice("im-lang-" + suffix, "Xã Im Lặng");
        for (String k : List.of("quiet", "fresh", "revoked")) {
            registry.addKiosk(k + "-" + suffix, "im-lang-" + suffix, "Ki-ốt " + k);
            registry.issueToken(k + "-" + suffix);
        }
        registry.revoke("revoked-" + suffix);
        Instant now = clock.instant();
        seen("quiet-" + suffix, now.minus(Duration.ofHours(25)));
        seen("fresh-" + suffix, now.minus(Duration.ofHours(23)));
        seen("revoked-" + suffix, now.minus(Duration.ofDays(3)));

        UI.getCurrent().navigate(HubView.ROUTE);
        HubView view = (HubView) currentView();
        assertThat(GridKt._getFormattedRow(view.kiosks, rowOf(view, "quiet-" + suffix))).anyMatch(cell -> cell
                .endsWith("— mất liên lạc"));
        assertThat(GridKt._getFormattedRow(view.kiosks, rowOf(view, "fresh-" + suffix)))
                .noneMatch(cell -> cell.contains("mất liên lạc"));
        assertThat(GridKt._getFormattedRow(view.kiosks, rowOf(view, "revoked-" + suffix)))
                .noneMatch(cell -> cell.contains("mất liên lạc"));
    }

    private void seen(String kiosk, Instant at) {
        jdbc.sql("UPDATE hub_kiosk SET last_seen_at = ? WHERE id = ?").params(Timestamp.from(at), kiosk).update();
    }

    private static int rowOf(HubView view, String kiosk) {
        List<HubRegistry.Kiosk> all = GridKt._findAll(view.kiosks);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(kiosk)) {
                return i;
            }
        }
        throw new AssertionError(kiosk + " not in the grid");
    }
}
