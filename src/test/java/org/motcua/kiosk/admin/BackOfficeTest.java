package org.motcua.kiosk.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.motcua.kiosk.admin.ui.AccessDeniedView;
import org.motcua.kiosk.admin.ui.AdminView;
import org.motcua.kiosk.admin.ui.LoginView;
import org.motcua.kiosk.admin.ui.SetupView;
import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.ProcedureCode;
import org.motcua.kiosk.support.KaribuHarness;

/**
 * No default password: the first start asks for the first administrator; the back office needs a login; an
 * administrator imports a catalogue and sees why a bad file was refused.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class BackOfficeTest extends KaribuHarness {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogService catalog;

    @Test
    void withNoAdministratorTheBackOfficeAsksForTheFirstOne() {
        assertThat(accounts.hasAdministrator()).isFalse();
        UI.getCurrent().navigate("admin");
        assertThat(currentView()).isInstanceOf(SetupView.class);
        assertThat(screenText()).contains("Tạo tài khoản quản trị đầu tiên", "không có mật khẩu mặc định");

        // Without the one-time code, or with a wrong one, nobody who reaches the server first takes it over.
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên đăng nhập")), "quantri");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Mật khẩu")), "mot-cua-2026!");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nhập lại mật khẩu")), "mot-cua-2026!");
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản")));
        assertThat(screenText()).contains("Mã cài đặt không đúng.");
        String code = accounts.setupCode().orElseThrow();
        String wrong = code.startsWith("1") ? "2" + code.substring(1) : "1" + code.substring(1);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Mã cài đặt một lần")), wrong);
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản")));
        assertThat(screenText()).contains("Mã cài đặt không đúng.");
        assertThat(accounts.hasAdministrator()).isFalse();

        // The code as printed, in groups of three.
        _setValue(_get(TextField.class, spec -> spec.withLabel("Mã cài đặt một lần")),
                code.substring(0, 3) + " " + code.substring(3, 6) + " " + code.substring(6));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Mật khẩu")), "ngan");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nhập lại mật khẩu")), "ngan");
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản")));
        assertThat(screenText()).contains("Mật khẩu cần ít nhất 10 ký tự.");
        assertThat(accounts.hasAdministrator()).isFalse();

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Mật khẩu")), "mot-cua-2026!");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nhập lại mật khẩu")), "mot-cua-2025!");
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản")));
        assertThat(screenText()).contains("Hai mật khẩu không khớp.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nhập lại mật khẩu")), "mot-cua-2026!");
        _click(_get(Button.class, spec -> spec.withText("Tạo tài khoản")));
        assertThat(accounts.hasAdministrator()).isTrue();
        assertThat(currentView()).isInstanceOf(LoginView.class);

        String stored = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'quantri'").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("mot-cua-2026!");
    }

    @Test
    void setupCannotBeUsedAgainOnceAnAdministratorExists() {
        accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        assertThat(accounts.setupCode()).as("no code once an administrator exists").isEmpty();
        assertThatThrownBy(() -> accounts.createFirstAdministrator("123456789", "intruder", "another-password-1"))
                .isInstanceOfSatisfying(UserAccounts.SetupException.class,
                        e -> assertThat(e.problem()).isEqualTo(UserAccounts.SetupProblem.ADMIN_EXISTS));
        UI.getCurrent().navigate(SetupView.class);
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
    }

    @Test
    void theSetupCodeIsKeptForTheInstallerOnlyUntilItIsUsed() throws Exception {
        String code = accounts.setupCode().orElseThrow();
        assertThat(code).matches("\\d{9}");
        Path file = accounts.setupCodeFile();
        assertThat(file).hasContent(code);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(accounts.setupCode()).as("the same code until it is used").contains(code);

        accounts.createFirstAdministrator(code, "quantri", "mot-cua-2026!");
        assertThat(file).doesNotExist();
        assertThat(accounts.setupCode()).isEmpty();
    }

    @Test
    void anonymousVisitorsOfTheBackOfficeAreSentToLogin() {
        accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        UI.getCurrent().navigate("admin");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void anAdministratorImportsACatalogueAndABadFileChangesNothing() {
        accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate(AdminView.class);
        assertThat(screenText()).contains("Danh mục thủ tục", "Phiên bản 1: 159 thủ tục");
        Upload upload = _get(Upload.class);

        String broken = """
                {"format": "motcua-catalog", "formatVersion": 1, "procedures": [
                  {"code": "1.000001", "name": "Thủ tục thử", "field": "Thử", "level": "commune",
                   "methods": [{"channel": "IN_PERSON", "fees": [{"label": "Lệ phí", "amount": "2.000"}]}]}
                ]}""";
        UploadKt._upload(upload, "hong.json", "application/json", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(screenText()).contains("Tệp bị từ chối; danh mục hiện tại giữ nguyên.", "Thủ tục thứ 1", "dòng 2",
                "amount");
        assertThat(catalog.size()).isEqualTo(159);
        assertThat(catalog.currentVersion().orElseThrow().version()).isEqualTo(1);

        String good = """
                {"format": "motcua-catalog", "formatVersion": 1, "procedures": [
                  {"code": "1.000001", "name": "Thủ tục thử nghiệm", "field": "Thử", "level": "commune",
                   "methods": [{"channel": "IN_PERSON", "processingDays": 3,
                                "fees": [{"label": "Lệ phí", "amount": 2000, "unit": "đồng/lần"}]}]}
                ]}""";
        UploadKt._upload(upload, "moi.json", "application/json", good.getBytes(StandardCharsets.UTF_8));
        assertThat(screenText()).contains("Đã nhập danh mục phiên bản 2 với 1 thủ tục.", "Phiên bản 2: 1 thủ tục");
        assertThat(catalog.find(ProcedureCode.of("1.000001"))).isPresent();
        assertThat(catalog.find(ProcedureCode.of("1.001193"))).isEmpty();
    }

    @Test
    void afterLoginAdministratorsLandInTheBackOfficeAndOfficersAtTheirCounter() {
        accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("vao");
        assertThat(currentView()).isInstanceOf(AdminView.class);
        loginAs("canbo", "OFFICER");
        UI.getCurrent().navigate("vao");
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("CounterView");
    }

    @Test
    void anOfficerIsNotLetIntoTheBackOffice() {
        accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        loginAs("canbo", "OFFICER");
        UI.getCurrent().navigate("admin");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(screenText()).contains("Trang này dành cho quản trị viên", "This page needs an administrator's account")
                .doesNotContain("Could not navigate");
        _click(_get(Button.class, spec -> spec.withText("Về màn hình của tôi")));
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("CounterView");
    }

    @Test
    void aLoginHeldBackByWrongPasswordsSaysWhyAndUntilWhen() {
        accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        var until = LocalDateTime.of(2026, 12, 3, 9, 15).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        // as Spring Security's failure handler leaves it in the session before sending the browser to /login?error
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottle.TooManyAttempts(until));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Tạm ngừng đăng nhập từ máy này", "Vui lòng thử lại sau 09:15.");
    }
}
