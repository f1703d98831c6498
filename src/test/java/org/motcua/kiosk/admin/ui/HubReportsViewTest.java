package org.motcua.kiosk.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;

import org.motcua.kiosk.hub.HubRegistry;
import org.motcua.kiosk.hub.ThreeOffices;
import org.motcua.kiosk.support.HubHarness;
import org.motcua.kiosk.survey.ReportCut;

/**
 * On the hub an administrator compares offices: "Xem theo: Đơn vị" gives each office's rate, level shares and queue
 * figures under its name, in Vietnamese order, in the tables, the charts and the CSV files. A day of 2033 of its own.
 */
class HubReportsViewTest extends HubHarness {

    @Autowired
    HubRegistry registry;

    @BeforeEach
    void asAdministrator() {
        loginAs("admin", "ADMIN");
    }

    @Test
    void theHubsReportsCompareOfficesByName() {
        ThreeOffices o = ThreeOffices.send(registry, port, Instant.parse("2033-07-01T02:00:00Z"));
        UI.getCurrent().navigate("admin/reports");
        ReportsView view = (ReportsView) currentView();
        assertThat(view.cut.getListDataView().getItems().toList()).contains(ReportCut.OFFICE);
        assertThat(view.cut.getItemLabelGenerator().apply(ReportCut.OFFICE)).isEqualTo("Đơn vị");

        view.from.setValue(LocalDate.of(2033, 7, 1));
        view.to.setValue(LocalDate.of(2033, 7, 1));
        view.cut.setValue(ReportCut.OFFICE);
        _click(_get(Button.class, spec -> spec.withText("Xem báo cáo")));

        assertThat(view.rate.getText()).isEqualTo("75,0 %");
        assertThat(GridKt._size(view.satisfaction)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.satisfaction, 0)).startsWith("Đồng Xoài", "4", "0", "100,0");
        assertThat(GridKt._getFormattedRow(view.satisfaction, 1)).startsWith("Phường Dĩ An", "3", "2", "33,3");
        assertThat(GridKt._getFormattedRow(view.satisfaction, 2)).startsWith("Xã Tân Lập", "5", "1", "80,0");
        // The queue by office too, not by day.
        assertThat(view.queueNote.isVisible()).isFalse();
        assertThat(GridKt._getFormattedRow(view.queueGrid, 0))
                .containsExactly("Đồng Xoài", "2", "1", "1", "35,0", "40,0", "10,0");
        assertThat(GridKt._getFormattedRow(view.queueGrid, 2))
                .containsExactly("Xã Tân Lập", "2", "2", "0", "15,0", "20,0", "6,0");

        // One CSV row per office, named with its diacritics.
        assertThat(lines(view.csv.get("satisfaction"))).containsExactly(
                "Đơn vị,Được tính,Không hài lòng,Tỷ lệ hài lòng (%),Tỷ lệ Rất hài lòng (%),Tỷ lệ Hài lòng (%),"
                        + "Tỷ lệ Không hài lòng (%)",
                "Đồng Xoài,4,0,100.0,25.0,75.0,0.0",
                "Phường Dĩ An,3,2,33.3,33.3,0.0,66.7",
                "Xã Tân Lập,5,1,80.0,60.0,20.0,20.0");
        assertThat(lines(view.csv.get("queue"))).hasSize(4).element(1).isEqualTo("Đồng Xoài,2,1,1,35.0,40.0,10.0");

        // The level shares by office, and the waits by office after those by service.
        List<String> charts = view.charts.getChildren().map(c -> svg((Image) c)).toList();
        assertThat(charts).hasSize(4);
        assertThat(charts.get(1)).contains("Đồng Xoài", "Phường Dĩ An", "Xã Tân Lập");
        assertThat(charts.get(3)).contains("Thời gian chờ theo đơn vị", "Đồng Xoài");

        // Narrowed to one office, the cut by office is its one row; cut by counter, that office's counters.
        view.office.setValue(o.c());
        view.refresh();
        assertThat(GridKt._size(view.satisfaction)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.satisfaction, 0)).startsWith("Phường Dĩ An", "3", "2", "33,3");
        view.cut.setValue(ReportCut.COUNTER);
        view.refresh();
        assertThat(GridKt._size(view.queueGrid)).isEqualTo(3);
        assertThat(view.rate.getText()).isEqualTo("33,3 %");
    }

    @Test
    void allOfficesByCounterOrOfficerNameEachOfficesCounterAndOfficer() {
        ThreeOffices o = ThreeOffices.send(registry, port, Instant.parse("2033-07-02T02:00:00Z"));
        UI.getCurrent().navigate("admin/reports");
        ReportsView view = (ReportsView) currentView();
        view.from.setValue(LocalDate.of(2033, 7, 2));
        view.to.setValue(LocalDate.of(2033, 7, 2));
        view.cut.setValue(ReportCut.COUNTER);
        view.refresh();

        // Counter 1 of each office on a row of its own, named "office — Quầy n", never one merged "1".
        assertThat(GridKt._size(view.satisfaction)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.satisfaction, 0)).startsWith("Đồng Xoài — Quầy 1", "4", "0", "100,0");
        assertThat(GridKt._getFormattedRow(view.satisfaction, 1)).startsWith("Phường Dĩ An — Quầy 1", "3", "2", "33,3");
        assertThat(GridKt._getFormattedRow(view.satisfaction, 2)).startsWith("Xã Tân Lập — Quầy 1", "5", "1", "80,0");
        assertThat(GridKt._size(view.queueGrid)).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(view.queueGrid, 0))
                .containsExactly("Đồng Xoài — Quầy 1", "2", "1", "1", "35,0", "40,0", "10,0");
        assertThat(GridKt._getFormattedRow(view.queueGrid, 4))
                .containsExactly("Xã Tân Lập — Quầy 1", "1", "1", "0", "10,0", "10,0", "5,0");
        assertThat(lines(view.csv.get("satisfaction"))).containsExactly(
                "Quầy,Được tính,Không hài lòng,Tỷ lệ hài lòng (%),Tỷ lệ Rất hài lòng (%),Tỷ lệ Hài lòng (%),"
                        + "Tỷ lệ Không hài lòng (%)",
                "Đồng Xoài — Quầy 1,4,0,100.0,25.0,75.0,0.0",
                "Phường Dĩ An — Quầy 1,3,2,33.3,33.3,0.0,66.7",
                "Xã Tân Lập — Quầy 1,5,1,80.0,60.0,20.0,20.0");
        assertThat(lines(view.csv.get("queue"))).containsExactly(
                "Quầy,Số phiếu,Đã phục vụ,Vắng mặt,Chờ trung bình (phút),Chờ P90 (phút),Phục vụ trung bình (phút)",
                "Đồng Xoài — Quầy 1,2,1,1,35.0,40.0,10.0",
                "Phường Dĩ An — Quầy 1,1,1,0,5.0,5.0,4.0",
                "Phường Dĩ An — Quầy 2,1,1,0,15.0,15.0,4.0",
                "Phường Dĩ An — Quầy 3,1,1,0,25.0,25.0,4.0",
                "Xã Tân Lập — Quầy 1,1,1,0,10.0,10.0,5.0",
                "Xã Tân Lập — Quầy 2,1,1,0,20.0,20.0,7.0");
        // The level shares: a bar per office's counter.
        String levels = svg((Image) view.charts.getChildren().toList().get(1));
        assertThat(levels).contains("Đồng Xoài — Quầy 1", "Phường Dĩ An — Quầy 1", "Xã Tân Lập — Quầy 1");

        // By officer: the same user name in three offices is three officers.
        view.cut.setValue(ReportCut.OFFICER);
        view.refresh();
        assertThat(GridKt._size(view.satisfaction)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.satisfaction, 1)).startsWith("Phường Dĩ An — canbo", "3", "2");
        assertThat(lines(view.csv.get("queue"))).element(1).isEqualTo("Đồng Xoài — canbo1,2,1,1,35.0,40.0,10.0");

        // One office: its counters only, named the same way.
        view.office.setValue(o.c());
        view.cut.setValue(ReportCut.COUNTER);
        view.refresh();
        assertThat(GridKt._size(view.satisfaction)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.satisfaction, 0)).startsWith("Phường Dĩ An — Quầy 1", "3", "2", "33,3");
        assertThat(lines(view.csv.get("queue"))).containsExactly(
                "Quầy,Số phiếu,Đã phục vụ,Vắng mặt,Chờ trung bình (phút),Chờ P90 (phút),Phục vụ trung bình (phút)",
                "Phường Dĩ An — Quầy 1,1,1,0,5.0,5.0,4.0",
                "Phường Dĩ An — Quầy 2,1,1,0,15.0,15.0,4.0",
                "Phường Dĩ An — Quầy 3,1,1,0,25.0,25.0,4.0");

        // Services stay one province-wide row each, as the hub's catalogue is one for all offices.
        view.office.setValue("");
        view.cut.setValue(ReportCut.SERVICE);
        view.refresh();
        assertThat(GridKt._size(view.satisfaction)).isEqualTo(1);
    }

    private static List<String> lines(byte[] csv) {
        return Arrays.asList(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }

    private static String svg(Image image) {
        String src = image.getSrc();
        return new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }
}
