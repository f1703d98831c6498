package org.motcua.kiosk.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.support.KaribuHarness;

/** With no hub configured (the default) the sync page says so, in English too, and there is nothing to press. */
class SyncViewWithoutHubTest extends KaribuHarness {

    @Autowired
    UserAccounts accounts;

    @Test
    void theSyncPageSaysThereIsNoHub() {
        if (!accounts.hasAdministrator()) {
            accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        }
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate(AdminView.class);
        // The back office's navigation leads to the page, under a short name.
        UI.getCurrent().navigate(_get(RouterLink.class, spec -> spec.withText("Đồng bộ")).getHref());
        SyncView view = (SyncView) currentView();
        assertThat(screenText()).contains("Đồng bộ với máy chủ tổng hợp");
        assertThat(text(view.values.get("hub"))).isEqualTo("Chưa cấu hình: dữ liệu được giữ trên ki-ốt (motcua.sync.hub-url)");
        assertThat(text(view.values.get("lastSuccess"))).isEqualTo("Chưa có");
        assertThat(text(view.values.get("link"))).isEqualTo("Không có");
        assertThat(view.now.isEnabled()).isFalse();

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(AdminView.class);
        UI.getCurrent().navigate(SyncView.class);
        view = (SyncView) currentView();
        assertThat(screenText()).contains("Sync with the hub", "Records waiting", "Sync now");
        assertThat(text(view.values.get("hub"))).startsWith("Not configured");
    }
}
