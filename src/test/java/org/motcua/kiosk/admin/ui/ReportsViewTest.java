package org.motcua.kiosk.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.RouterLink;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.survey.RatedLine;
import org.motcua.kiosk.survey.ReportCut;
import org.motcua.kiosk.support.KaribuHarness;
import org.motcua.kiosk.support.ManualClock;

/** An administrator opens the reports: the 766 rate, the tables, the "không hài lòng" list, charts and CSV. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(ManualClock.Config.class)
class ReportsViewTest extends KaribuHarness {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void someRatingsThisMonth() {
        jdbc.sql("DELETE FROM rating").update();
        LocalDateTime at = LocalDateTime.of(2026, 11, 10, 9, 0);
        rating(at, 1, true, null, null);
        rating(at.plusMinutes(5), 1, true, null, null);
        rating(at.plusMinutes(10), 2, true, null, null);
        rating(at.plusMinutes(15), 3, true, "LONG_WAIT", "Chờ lâu quá, không có ghế ngồi");
        rating(at.plusMinutes(16), 3, false, null, null);
        loginAs("admin", "ADMIN");
    }

    @Test
    void showsTheRateTheTablesTheListsTheChartsAndTheCsv() {
        UI.getCurrent().navigate("admin/reports");
        ReportsView view = (ReportsView) currentView();

        // A kiosk's reports are its own office's: no office filter, no hub page.
        assertThat(view.office.getParent()).isEmpty();
        assertThat(HubRoutes.onHub()).isFalse();
        // Nor a cut by office: its database is one office's, and has no office column.
        assertThat(view.cut.getListDataView().getItems().toList()).doesNotContain(ReportCut.OFFICE)
                .contains(ReportCut.DAY, ReportCut.COUNTER, ReportCut.LEVEL);
        // 4 counted, 1 "không hài lòng": 75.0%, written the Vietnamese way
        assertThat(view.rate.getText()).isEqualTo("75,0 %");
        assertThat(screenText()).contains("Tỷ lệ hài lòng (QĐ 766)", "4 lượt đánh giá được tính, 1 lượt không hài lòng",
                "Lượt bấm bị đánh dấu (không tính): 1");
        assertThat(GridKt._size(view.satisfaction)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.satisfaction, 0)).startsWith("2026-11-10", "4", "1", "75,0");
        assertThat(GridKt._findAll(view.dissatisfied)).extracting(RatedLine::comment)
                .containsExactly("Chờ lâu quá, không có ghế ngồi");
        assertThat(GridKt._getFormattedRow(view.dissatisfied, 0)).contains("Chờ lâu", "Không hài lòng");
        assertThat(GridKt._size(view.flagged)).isEqualTo(1);

        assertThat(view.charts.getChildren().map(c -> ((Image) c).getSrc()).toList())
                .hasSize(3).allSatisfy(src -> assertThat(src).startsWith("data:image/svg+xml;base64,"));
        byte[] csv = view.csv.get("dissatisfied");
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"Chờ lâu quá, không có ghế ngồi\"", "\r\n");
        assertThat(_get(Anchor.class, spec -> spec.withText("Tải CSV không hài lòng")).getHref()).isNotBlank();
        assertThat(_get(RouterLink.class, spec -> spec.withText("Báo cáo")).getHref()).isEqualTo("admin/reports");

        // Cut by level: one row per level; the queue is then shown by day
        view.cut.setValue(ReportCut.LEVEL);
        view.from.setValue(LocalDate.of(2026, 11, 10));
        _click(_get(Button.class, spec -> spec.withText("Xem báo cáo")));
        assertThat(GridKt._size(view.satisfaction)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.satisfaction, 2).getFirst()).isEqualTo("Không hài lòng");
        assertThat(view.queueNote.isVisible()).isTrue();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        UI.getCurrent().navigate("admin/reports");
        ReportsView view = (ReportsView) currentView();
        view.from.setValue(LocalDate.of(2026, 11, 18));
        view.to.setValue(LocalDate.of(2026, 11, 1));
        _click(_get(Button.class, spec -> spec.withText("Xem báo cáo")));
        assertThat(view.message.getText()).isEqualTo("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
    }

    private void rating(LocalDateTime at, int level, boolean counted, String reasons, String comment) {
        String ticket = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, ticket_id, ticket_display,
                    counter_num, officer, reasons, comment_text, counted, flag, counted_ticket)
                VALUES (?, ?, 'COUNTER_SCREEN', 3, ?, ?, ?, 'A001', 1, 'canbo1', ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), Timestamp.from(at.atZone(TimeConfiguration.VIETNAM).toInstant()),
                        level, level == 3, ticket, reasons, comment, counted, counted ? null : "OUTSIDE_WINDOW",
                        counted ? ticket : null)
                .update();
    }
}
