package org.motcua.kiosk.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.appliance.ClockSettings;
import org.motcua.kiosk.appliance.SystemTime;
import org.motcua.kiosk.queue.ClockBanner;
import org.motcua.kiosk.queue.ClockCheck;
import org.motcua.kiosk.queue.QueueException;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.support.KaribuHarness;
import org.motcua.kiosk.support.ManualClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A Pi has no battery clock. After a power cut without network it may start a day behind: it must not number or date
 * tickets on a day already past, the back office and the counter screens must say so, and an administrator sets the
 * time from the back office, recorded. On a database of its own, with the demo office (open all day). The operating
 * system's clock is the edge: setting it moves this test's clock.
 */
@Import(ClockGuardTest.Config.class)
// one database: the tests run in the order of their dates, as a kiosk lives them (a later test's record would hold
// an earlier day's tickets, which is the rule under test)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "motcua.clock.sync-marker=${java.io.tmpdir}/motcua-clock-guard-test/synchronized")
class ClockGuardTest extends KaribuHarness {

    static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "motcua-clock-guard-test",
            "synchronized");

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        ManualClock guardClock() {
            return new ManualClock(LocalDateTime.of(2026, 11, 18, 9, 0));
        }

        /** The system clock as timedated would set it: this test's clock. */
        @Bean
        @Primary
        SystemTime movesTheTestClock(ManualClock clock) {
            return time -> clock.set(LocalDateTime.ofInstant(time, clock.getZone()));
        }
    }

    @Autowired
    ManualClock clock;
    @Autowired
    QueueService queue;
    @Autowired
    ClockCheck check;
    @Autowired
    ClockSettings settings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private int events() {
        return jdbc.sql("SELECT COUNT(*) FROM ticket_event").query(Integer.class).single();
    }

    @Test
    @Order(1)
    void aClockThatWentBackADayHoldsTicketsUntilAnAdministratorSetsTheTime() throws Exception {
        Files.createDirectories(MARKER.getParent());
        Files.deleteIfExists(MARKER);
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
        Ticket before = queue.issueTicket("ho-tich", null).ticket();
        assertThat(before.day()).isEqualTo(LocalDate.of(2026, 11, 18));

        // a power cut; the Pi starts on yesterday's date
        clock.set(LocalDateTime.of(2026, 11, 17, 10, 0));
        ClockCheck.ClockStatus status = check.status();
        assertThat(status.behind()).isTrue();
        assertThat(status.ticketsHeld()).isTrue();
        int eventsBefore = events();
        assertThatThrownBy(() -> queue.issueTicket("ho-tich", null)).isInstanceOfSatisfying(QueueException.class,
                e -> assertThat(e.problem()).isEqualTo(QueueException.Problem.CLOCK_BEHIND));
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(queue.servicesForKiosk()).allSatisfy(s -> {
            assertThat(s.open()).isFalse();
            assertThat(s.closedBecause()).isEqualTo(QueueException.Problem.CLOCK_BEHIND);
        });

        // the citizen at the kiosk is told plainly; no number is given
        UI.getCurrent().navigate("lay-so");
        assertThat(screenText()).contains("Tạm ngừng cấp số: đồng hồ của máy cần được cán bộ đặt lại giờ.");

        // the back office and the counter screen say what is wrong, with both times
        if (!accounts.hasAdministrator()) {
            accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "admin", "mot-cua-2026!");
        }
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate(AdminView.class);
        assertThat(_get(ClockBanner.class).isVisible()).isTrue();
        assertThat(screenText()).contains("Đồng hồ của máy đang chỉ 10:00 17/11/2026, sớm hơn lần ghi gần nhất "
                + "(09:00 18/11/2026). Máy không cấp số cho ngày đã qua");
        // and in English under it, on a Vietnamese screen too: whoever comes to fix the clock may read only that
        assertThat(_get(ClockBanner.class).getElement().getTextRecursively()).contains("The clock says 10:00 17/11/2026, "
                + "earlier than the last record (09:00 18/11/2026)");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ClockView.class);
        assertThat(screenText()).contains("The clock says 10:00 17/11/2026, earlier than the last record "
                + "(09:00 18/11/2026)");
        UI.getCurrent().setLocale(Locale.of("vi"));
        loginAs("canbo1", "OFFICER");
        UI.getCurrent().navigate("quay/1");
        assertThat(_get(ClockBanner.class).isVisible()).isTrue();
        assertThat(screenText()).contains("Đồng hồ của máy đang chỉ 10:00 17/11/2026");

        // an administrator sets the time: not earlier than the last record...
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate(ClockView.class);
        ClockView view = (ClockView) currentView();
        assertThat(screenText()).contains("Giờ của máy: 10:00:00 17/11/2026", "Lần ghi gần nhất (số thứ tự): "
                + "09:00:00 18/11/2026", "Đồng hồ chưa được lấy giờ từ mạng");
        view.picker.setValue(LocalDateTime.of(2026, 11, 18, 8, 0));
        _click(_get(Button.class, spec -> spec.withText("Đặt giờ")));
        assertThat(screenText()).contains("Giờ mới sớm hơn lần ghi gần nhất của máy (09:00 18/11/2026)");
        assertThat(clock.instant()).isEqualTo(at(LocalDateTime.of(2026, 11, 17, 10, 0)));
        assertThat(settings.changes(10)).isEmpty();

        // ...and then the right time: recorded, the warning gone, tickets again, dated today
        view.picker.setValue(LocalDateTime.of(2026, 11, 18, 9, 30));
        _click(_get(Button.class, spec -> spec.withText("Đặt giờ")));
        assertThat(screenText()).contains("Đã đặt giờ của máy thành 09:30:00 18/11/2026.");
        assertThat(clock.instant()).isEqualTo(at(LocalDateTime.of(2026, 11, 18, 9, 30)));
        assertThat(settings.changes(10)).singleElement().satisfies(c -> {
            assertThat(c.setTo()).isEqualTo(at(LocalDateTime.of(2026, 11, 18, 9, 30)));
            assertThat(c.clockBefore()).isEqualTo(at(LocalDateTime.of(2026, 11, 17, 10, 0)));
            assertThat(c.changedBy()).isEqualTo("admin");
        });
        assertThat(GridKt._getFormattedRow(view.changes, 0)).containsExactly("09:30:00 18/11/2026",
                "10:00:00 17/11/2026", "admin");
        Ticket after = queue.issueTicket("ho-tich", null).ticket();
        assertThat(after.day()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(after.display()).isEqualTo("A002");

        // set by hand, the clock counts as set: no warning although the network never gave the time
        UI.getCurrent().navigate(AdminView.class);
        assertThat(_find(ClockBanner.class)).isEmpty(); // Karibu finds visible components only
        assertThat(screenText()).doesNotContain("Đồng hồ của máy");
    }

    @Test
    @Order(2)
    void aClockAFewHoursBehindOnTheSameDayWarnsButStillIssues() throws Exception {
        Files.createDirectories(MARKER.getParent());
        Files.writeString(MARKER, "");
        clock.set(LocalDateTime.of(2026, 11, 20, 15, 0));
        queue.issueTicket("dat-dai", null);
        clock.set(LocalDateTime.of(2026, 11, 20, 11, 0));
        ClockCheck.ClockStatus status = check.status();
        assertThat(status.behind()).isTrue();
        assertThat(status.ticketsHeld()).isFalse();
        assertThat(queue.issueTicket("dat-dai", null).ticket().day()).isEqualTo(LocalDate.of(2026, 11, 20));
        // a clock a minute behind another's record is the jitter of two clocks, not a clock gone back
        clock.set(LocalDateTime.of(2026, 11, 20, 15, 1));
        queue.issueTicket("dat-dai", null);
        clock.set(LocalDateTime.of(2026, 11, 20, 15, 0));
        assertThat(check.status().ok()).isTrue();
    }

    @Test
    void aTimeOutOfRangeIsRefusedInWords() {
        assertThatThrownBy(() -> settings.set(LocalDateTime.of(1970, 1, 1, 0, 0), "admin"))
                .isInstanceOfSatisfying(ClockSettings.Refused.class, r -> {
                    assertThat(r.vi()).isEqualTo("Hãy chọn ngày giờ từ năm 2024 đến năm 2099.");
                    assertThat(r.en()).isEqualTo("Choose a date and time from 2024 to 2099.");
                });
        assertThatThrownBy(() -> settings.set(null, "admin")).isInstanceOf(ClockSettings.Refused.class);
    }

    private Instant at(LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }
}
