package org.motcua.kiosk.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.support.KaribuHarness;
import org.motcua.kiosk.sync.FakeHub;

/**
 * The back office's sync page on a kiosk with a hub: it shows the hub, what waits, the last error while the hub is
 * down, and after "Đồng bộ ngay" with the hub back, by push, that everything was acknowledged.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SyncViewTest extends KaribuHarness {

    static final FakeHub HUB;

    static {
        try {
            HUB = new FakeHub();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("motcua.sync.hub-url", HUB::url);
        registry.add("motcua.sync.kiosk-id", () -> FakeHub.KIOSK);
        registry.add("motcua.sync.token", () -> FakeHub.TOKEN);
        // Only the button sends: no idle poll, no retry on its own during the test.
        registry.add("motcua.sync.interval", () -> "1h");
        registry.add("motcua.sync.backoff-min", () -> "1h");
        registry.add("motcua.sync.backoff-max", () -> "1h");
    }

    @AfterAll
    static void closeHub() {
        HUB.close();
    }

    @Autowired
    UserAccounts accounts;
    @Autowired
    QueueService queue;

    @BeforeEach
    void asAdministrator() {
        if (!accounts.hasAdministrator()) {
            accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        }
        loginAs("admin", "ADMIN");
    }

    private static String fact(SyncView view, String name) {
        return text(view.values.get(name));
    }

    private static void awaitShown(SyncView view, String name, java.util.function.Predicate<String> shown) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.test(fact(view, name));
        });
    }

    @Test
    void thePageShowsTheBacklogAndTheErrorThenByPushThatTheHubHasItAll() throws Exception {
        HUB.down();
        for (int i = 0; i < 3; i++) {
            queue.issueTicket("ho-tich", null);
        }
        UI.getCurrent().navigate(SyncView.class);
        SyncView view = (SyncView) currentView();
        assertThat(screenText()).contains("Đồng bộ với máy chủ tổng hợp", "Địa chỉ máy chủ tổng hợp", HUB.url(), "Mã ki-ốt", FakeHub.KIOSK,
                "Bản ghi chờ gửi", "Lỗi gần nhất", "Danh mục từ máy chủ (phiên bản)");
        assertThat(fact(view, "backlog")).isEqualTo("3");
        // http:// to this machine: nothing crosses a network, no warning.
        assertThat(fact(view, "link")).isEqualTo("HTTP trong chính máy này (không đi qua mạng)");
        assertThat(view.values.get("link").getElement().getAttribute("data-kind")).isEqualTo("past");
        assertThat(fact(view, "acknowledged")).isEqualTo("0");
        assertThat(fact(view, "lastError")).isEqualTo("Không có");
        assertThat(view.now.isEnabled()).isTrue();

        _click(view.now);
        assertThat(text(view.message)).isEqualTo("Đã yêu cầu đồng bộ; trang sẽ tự cập nhật.");
        awaitShown(view, "lastError", t -> t.contains("cannot connect"));
        assertThat(fact(view, "backlog")).isEqualTo("3");
        assertThat(fact(view, "nextAttempt")).isNotEqualTo("Không có");
        assertThat(view.values.get("lastError").getElement().getAttribute("data-kind")).isEqualTo("error");

        HUB.up();
        _click(view.now);
        awaitShown(view, "backlog", "0"::equals);
        awaitShown(view, "acknowledged", "3"::equals);
        assertThat(fact(view, "lastSuccess")).isNotEqualTo("Chưa có");
        assertThat(fact(view, "nextAttempt")).isEqualTo("Không có");
        assertThat(view.values.get("lastError").getElement().getAttribute("data-kind")).isEqualTo("past");
        assertThat(HUB.stored).hasSize(3);
        assertThat(HUB.violations).isEmpty();
        // The hub has published no catalogue (404): checked, nothing applied.
        assertThat(fact(view, "catalog")).isEqualTo("Chưa có");
        assertThat(fact(view, "catalogChecked")).isNotEqualTo("Chưa có");
    }
}
