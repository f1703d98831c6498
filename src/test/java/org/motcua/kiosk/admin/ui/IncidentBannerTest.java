package org.motcua.kiosk.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import org.motcua.kiosk.base.Incidents;
import org.motcua.kiosk.support.KaribuHarness;

/** What failed beneath the screens is on every back-office page, in words and with where it happened. */
class IncidentBannerTest extends KaribuHarness {

    @Autowired
    Incidents incidents;

    @Test
    void theBackOfficeSaysWhatFailedAndWhere() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate(CountersView.class);
        incidents.record("/lay-so/ho-tich", new SQLException("No current connection.", "08003"));
        UI.getCurrent().navigate(PrinterView.class);
        assertThat(screenText()).contains("Sự cố trong 24 giờ qua", "Cơ sở dữ liệu không trả lời", "tại /lay-so/ho-tich",
                "java.sql.SQLException: No current connection.");
    }
}
