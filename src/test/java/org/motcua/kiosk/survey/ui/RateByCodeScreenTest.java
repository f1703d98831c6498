package org.motcua.kiosk.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.motcua.kiosk.kiosk.HomeView;
import org.motcua.kiosk.queue.ui.KioskOnlyView;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.ServiceType;
import org.motcua.kiosk.queue.Ticket;

/**
 * "Đánh giá hài lòng" at the kiosk: by the ticket's QR link (as the USB scanner types it, Enter included) or by the
 * dossier code typed on the keypad; a bad code, a ticket not finished yet, and a ticket rated twice, each told in
 * Vietnamese.
 */
class RateByCodeScreenTest extends RatingScreens {

    @Autowired
    QueueService queue;
    @Autowired
    JdbcClient jdbc;

    private RateByCodeView fromHome() {
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(Button.class, spec -> spec.withAttribute("data-tile", "tile.rating.title")));
        assertThat(screenText()).contains("Đánh giá mức độ hài lòng",
                "Quét mã QR trên phiếu số thứ tự hoặc biên nhận, hoặc nhập mã hồ sơ");
        return (RateByCodeView) currentView();
    }

    /** As a USB barcode scanner does: the characters, then Enter. */
    private static void scan(RateByCodeView view, String text) {
        _setValue(view.code, text);
        ComponentUtil.fireEvent(view.code, new KeyDownEvent(view.code, "Enter"));
    }

    private Ticket finished(ServiceType s, int counter) {
        Ticket t = queue.issueTicket(s.id(), null).ticket();
        queue.callNext(counter, "canbo-em");
        queue.finish(counter, "canbo-em");
        return t;
    }

    @Test
    void aTicketByItsQrLinkThenASecondRatingOfItIsRecordedFlaggedAndTheCitizenIsTold() throws Exception {
        int[] c = new int[1];
        ServiceType s = serviceAndCounter(queue, c);
        Ticket t = finished(s, c[0]);

        RateByCodeView view = fromHome();
        scan(view, "https://motcua.example.gov.vn/ve/" + t.id());
        assertThat(screenText()).contains("Đánh giá cho số " + t.display(), "Rất hài lòng", "Không hài lòng");
        press("Hài lòng");
        _click(_get(Button.class, spec -> spec.withAttribute("data-answer", "C1_TIME.1")));
        _click(_get(Button.class, spec -> spec.withAttribute("data-answer", "C3_CONTACTS.2")));
        press("Gửi");
        assertThat(screenText()).contains("Cảm ơn quý khách!").doesNotContain("đã được đánh giá");
        List<Map<String, Object>> rows = ratingsOfTicket(jdbc, t.id());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsEntry("channel", "KIOSK").containsEntry("counted", true)
                .containsEntry("level", 2).containsEntry("c1_time", 1).containsEntry("c3_contacts", 2)
                .containsEntry("counter_num", c[0]).containsEntry("officer", "canbo-em");
        waitFor(() -> currentView() instanceof HomeView);

        // The same ticket again (another member of the family, say): kept, flagged, and said kindly.
        view = fromHome();
        scan(view, "https://motcua.example.gov.vn/ve/" + t.id());
        press("Không hài lòng");
        press("Gửi");
        assertThat(screenText()).contains("Cảm ơn quý khách!", "Số " + t.display() + " đã được đánh giá trước đây",
                "chỉ lần đánh giá đầu tiên được tính");
        rows = ratingsOfTicket(jdbc, t.id());
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.get("counted"))).hasSize(1)
                .allSatisfy(r -> assertThat(r.get("level")).isEqualTo(2));
        assertThat(rows).filteredOn(r -> Boolean.FALSE.equals(r.get("counted"))).hasSize(1)
                .allSatisfy(r -> assertThat(r.get("flag")).isEqualTo("ALREADY_RATED"));
        press("Về trang chủ");
        assertThat(currentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void aDossierCodeTypedOnTheKeypad() {
        String code = "000.00.53.H48-261115-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        RateByCodeView view = fromHome();
        for (char ch : code.toCharArray()) {
            pressKey(String.valueOf(ch));
        }
        pressKey("kb-backspace");
        pressKey(code.substring(code.length() - 1));
        assertThat(view.code.getValue()).isEqualTo(code);
        press("Tiếp tục");
        assertThat(screenText()).contains("Đánh giá hồ sơ " + code);
        press("Rất hài lòng");
        press("Bỏ qua");
        assertThat(screenText()).contains("Cảm ơn quý khách!");
        Map<String, Object> r = jdbc.sql("SELECT * FROM rating WHERE dossier_code = ?").param(code).query().singleRow();
        assertThat(r).containsEntry("channel", "KIOSK").containsEntry("counted", true).containsEntry("level", 1)
                .containsEntry("dissatisfied", false);
        assertThat(r.get("c1_time")).isNull();
    }

    @Test
    void aCodeThatIsNeitherATicketNorADossierAndATicketNotFinishedAreExplained() {
        int[] c = new int[1];
        ServiceType s = serviceAndCounter(queue, c);
        RateByCodeView view = fromHome();
        scan(view, "abc");
        assertThat(screenText()).contains("Không đọc được mã “abc”", "000.00.00.H00-YYMMDD-0000");
        assertThat(currentView()).isSameAs(view);

        _setValue(view.code, "000.00.53.H48-221399-0001");
        press("Tiếp tục");
        assertThat(screenText()).contains("Không đọc được mã “000.00.53.H48-221399-0001”");

        Ticket waiting = queue.issueTicket(s.id(), null).ticket();
        scan(view, "http://192.168.1.10:8080/ve/" + waiting.id());
        assertThat(screenText()).contains("Số " + waiting.display() + " chưa được phục vụ xong. Quý khách đánh giá sau "
                + "khi nhận kết quả.").doesNotContain("Rất hài lòng");
        assertThat(ratingsOfTicket(jdbc, waiting.id())).isEmpty();
    }
    @Test
    void aPhoneOnTheOfficeLanCannotRateByCode() {
        fromAddress("192.168.1.77", null);
        UI.getCurrent().navigate("danh-gia");
        assertThat(currentView()).isInstanceOf(KioskOnlyView.class);
        assertThat(screenText()).contains("Vui lòng đánh giá tại ki-ốt");
    }

    @Test
    void aDossierCodeDatedLaterThanTodayIsExplainedAndNotRated() {
        RateByCodeView view = fromHome();
        scan(view, "000.00.53.H48-991231-0001");
        assertThat(screenText()).contains("Mã hồ sơ 000.00.53.H48-991231-0001 ghi ngày tiếp nhận 31/12/2099, là ngày chưa tới")
                .doesNotContain("Rất hài lòng");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE dossier_code = '000.00.53.H48-991231-0001'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void oneVisitRatesAtMostThreeCodes() {
        for (int i = 0; i < CodeRatingGate.PER_SESSION; i++) {
            rateDossier("000.00.53.H48-261115-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)));
            assertThat(screenText()).contains("Cảm ơn quý khách!");
        }
        String fourth = "000.00.53.H48-261115-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        rateDossier(fourth);
        assertThat(screenText()).contains("Màn hình này vừa nhận nhiều lượt đánh giá theo mã")
                .doesNotContain("Cảm ơn quý khách!");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE dossier_code = ?").param(fourth)
                .query(Integer.class).single()).isZero();
    }

    private void rateDossier(String code) {
        RateByCodeView view = fromHome();
        scan(view, code);
        press("Rất hài lòng");
        press("Bỏ qua");
    }
}
