package org.motcua.kiosk.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.queue.Counter;
import org.motcua.kiosk.queue.OrderingPolicy;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.support.KaribuHarness;

/**
 * An administrator sets up the queue: services (a bad one is refused with its reason and nothing is saved),
 * counters, the calling order, and officer accounts that can then log in. Names are unique per test; the context is
 * thrown away afterwards so nothing reaches other test classes.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class QueueBackOfficeTest extends KaribuHarness {

    @Autowired
    QueueService queue;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void asAdministrator() {
        if (!accounts.hasAdministrator()) {
            accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        }
        loginAs("admin", "ADMIN");
    }

    private void save() {
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
    }

    @Test
    void theBackOfficeLinksToTheQueuePagesAndKeepsTheCatalogue() {
        UI.getCurrent().navigate(AdminView.class);
        assertThat(screenText()).contains("Danh mục thủ tục", "Dịch vụ lấy số", "Quầy", "Thứ tự gọi số", "Tài khoản",
                "Màn hình quầy", "Phiên bản 1");
    }

    @Test
    void aServiceWithABadPrefixIsRefusedWithItsReasonAndNothingIsSaved() {
        UI.getCurrent().navigate(ServicesView.class);
        ServicesView view = (ServicesView) currentView();
        int before = queue.services().size();
        ServiceForm form = view.form;
        _setValue(form.id, "thu-nghiem");
        _setValue(form.prefix, "a1");
        _setValue(form.name, "Thử nghiệm");
        save();
        assertThat(text(view.message)).isEqualTo("chữ cái đầu số phải là 1–2 chữ in hoa: \"a1\"");
        assertThat(queue.service("thu-nghiem")).isEmpty();

        _setValue(form.prefix, "A");
        save();
        assertThat(text(view.message)).isEqualTo("chữ cái A đã dùng cho \"Hộ tịch, chứng thực\"");
        _setValue(form.prefix, "TN");
        _setValue(form.hours, "7h30-11h");
        save();
        assertThat(text(view.message)).startsWith("giờ không hợp lệ");
        _setValue(form.hours, "07:30-11:30, 13:30-17:00");
        _setValue(form.dailyLimit, 0);
        save();
        assertThat(text(view.message)).isEqualTo("giới hạn số trong ngày phải lớn hơn 0");
        _setValue(form.lastNumber, null);
        save();
        assertThat(text(view.message)).isEqualTo("Chưa nhập “Số cuối”.");
        assertThat(queue.services()).hasSize(before);

        String field = catalog.fields().getFirst().name();
        _setValue(form.lastNumber, 500);
        _setValue(form.dailyLimit, 200);
        _setValue(form.days, Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        _setValue(form.fields, Set.of(field));
        save();
        assertThat(text(view.message)).isEqualTo("Đã lưu dịch vụ TN – Thử nghiệm.");
        ServiceType saved = queue.service("thu-nghiem").orElseThrow();
        assertThat(saved.prefix()).isEqualTo("TN");
        assertThat(saved.fields()).containsExactly(field);
        assertThat(saved.hours().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(saved.hours().hoursText()).isEqualTo("07:30-11:30, 13:30-17:00");
        assertThat(saved.dailyLimit()).isEqualTo(200);
        assertThat(saved.lastNumber()).isEqualTo(500);
        assertThat(GridKt._findAll(view.grid)).extracting(ServiceType::id).contains("thu-nghiem");

        // Editing: the id stays, the name changes.
        assertThat(form.id.isReadOnly()).isTrue();
        _setValue(form.name, "Thử nghiệm 2");
        _setValue(form.active, false);
        save();
        assertThat(queue.service("thu-nghiem").orElseThrow().name()).isEqualTo("Thử nghiệm 2");
        assertThat(queue.service("thu-nghiem").orElseThrow().active()).isFalse();
    }

    @Test
    void anAdministratorAddsACounter() {
        UI.getCurrent().navigate(CountersView.class);
        CountersView view = (CountersView) currentView();
        _click(_get(Button.class, spec -> spec.withText("Thêm quầy")));
        _setValue(view.number, 42);
        save();
        assertThat(text(view.message)).isEqualTo("tên quầy trống");
        assertThat(queue.counters()).extracting(Counter::number).doesNotContain(42);

        _setValue(view.name, "Quầy 42 – Thử");
        ServiceType hoTich = queue.service("ho-tich").orElseThrow();
        ServiceType datDai = queue.service("dat-dai").orElseThrow();
        _setValue(view.serves, Set.of(hoTich, datDai));
        save();
        assertThat(text(view.message)).isEqualTo("Đã lưu quầy 42.");
        Counter c = queue.counters().stream().filter(x -> x.number() == 42).findFirst().orElseThrow();
        assertThat(c.name()).isEqualTo("Quầy 42 – Thử");
        assertThat(c.serviceIds()).containsExactlyInAnyOrder("ho-tich", "dat-dai");
        assertThat(c.active()).isTrue();
        assertThat(GridKt._findAll(view.grid)).extracting(Counter::number).contains(42);
    }

    @Test
    void anAdministratorChangesTheCallingOrder() {
        UI.getCurrent().navigate(PolicyView.class);
        PolicyView view = (PolicyView) currentView();
        OrderingPolicy before = queue.policy();
        _setValue(view.mode, OrderingPolicy.Mode.STRICT);
        assertThat(view.interleaveEvery.isEnabled()).isFalse();
        _setValue(view.maxWaitMinutes, 700);
        save();
        assertThat(text(view.message)).isEqualTo("thời gian chờ tối đa phải từ 0 đến 600 phút");
        assertThat(queue.policy()).isEqualTo(before);

        _setValue(view.maxWaitMinutes, 30);
        _setValue(view.defaultServiceMinutes, 8);
        save();
        assertThat(text(view.message)).isEqualTo("Đã lưu thứ tự gọi số.");
        assertThat(queue.policy()).isEqualTo(new OrderingPolicy(OrderingPolicy.Mode.STRICT, before.interleaveEvery(),
                30, 8));
    }

    @Test
    void anAdministratorCreatesAnOfficerWhoCanLogInAndLocksTheAccount() {
        UI.getCurrent().navigate(AccountsView.class);
        AccountsView view = (AccountsView) currentView();
        _setValue(view.username, "canbo.lan");
        _setValue(view.password, "ngan");
        _setValue(view.repeat, "ngan");
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản cán bộ")));
        assertThat(text(view.message)).isEqualTo("Mật khẩu cần ít nhất 10 ký tự.");
        _setValue(view.password, "quay-so-1-2026");
        _setValue(view.repeat, "quay-so-1-2025");
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản cán bộ")));
        assertThat(text(view.message)).isEqualTo("Hai mật khẩu không khớp.");
        assertThat(accounts.accounts()).extracting(UserAccounts.Account::username).doesNotContain("canbo.lan");

        _setValue(view.repeat, "quay-so-1-2026");
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản cán bộ")));
        assertThat(text(view.message)).isEqualTo("Đã tạo tài khoản cán bộ canbo.lan.");
        var officer = accounts.loadUserByUsername("canbo.lan");
        assertThat(officer.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
        assertThat(officer.isEnabled()).isTrue();
        assertThat(officer.getPassword()).startsWith("{bcrypt}").doesNotContain("quay-so-1-2026");

        _setValue(view.username, "canbo.lan");
        _setValue(view.password, "quay-so-1-2026");
        _setValue(view.repeat, "quay-so-1-2026");
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản cán bộ")));
        assertThat(text(view.message)).isEqualTo("Tên đăng nhập này đã có người dùng.");

        List<UserAccounts.Account> rows = GridKt._findAll(view.grid);
        int row = rows.stream().map(UserAccounts.Account::username).toList().indexOf("canbo.lan");
        Button lock = (Button) GridKt._getCellComponent(view.grid, row, AccountsView.TOGGLE);
        assertThat(lock.getText()).isEqualTo("Khóa");
        _click(lock);
        assertThat(text(view.message)).isEqualTo("Đã khóa tài khoản canbo.lan.");
        assertThat(accounts.loadUserByUsername("canbo.lan").isEnabled()).isFalse();
        Button unlock = (Button) GridKt._getCellComponent(view.grid, row, AccountsView.TOGGLE);
        assertThat(unlock.getText()).isEqualTo("Mở khóa");
        _click(unlock);
        assertThat(accounts.loadUserByUsername("canbo.lan").isEnabled()).isTrue();

        int me = rows.stream().map(UserAccounts.Account::username).toList().indexOf("admin");
        assertThat(((Button) GridKt._getCellComponent(view.grid, me, AccountsView.TOGGLE)).isEnabled()).isFalse();
        assertThatThrownBy(() -> accounts.setEnabled("admin", false)).isInstanceOf(UserAccounts.SetupException.class);
    }

    @Test
    void anOfficerIsNotLetIntoTheQueueBackOffice() {
        loginAs("canbo", "OFFICER");
        UI.getCurrent().navigate(ServicesView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate(AccountsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(screenText()).contains("Trang này dành cho quản trị viên");
    }
}
