package org.motcua.kiosk.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;

import org.motcua.kiosk.support.KaribuHarness;

/** A citizen finds a procedure by field or by typing on the kiosk's keyboard, and reads every posted part. */
class CatalogScreensTest extends KaribuHarness {

    @Test
    void browseByFieldToAProcedure() {
        UI.getCurrent().navigate(CatalogView.class);
        assertThat(screenText()).contains("Tra cứu thủ tục hành chính", "Hộ tịch", "Chứng thực", "Đất đai");
        _click(_get(Button.class, spec -> spec.withAttribute("data-field", "Hộ tịch")));
        assertThat(currentView()).isInstanceOf(FieldView.class);
        assertThat(screenText()).contains("Lĩnh vực: Hộ tịch", "Thủ tục đăng ký kết hôn", "Thủ tục đăng ký khai sinh");
        _click(_get(Button.class, spec -> spec.withAttribute("data-code", "1.000894")));
        assertThat(currentView()).isInstanceOf(ProcedureView.class);
        assertThat(screenText()).contains("Thủ tục đăng ký kết hôn");
    }

    @Test
    void typingWithoutDiacriticsOnTheKioskKeyboardFindsTheProcedure() {
        UI.getCurrent().navigate(SearchView.class);
        assertThat(screenText()).contains("Gõ tên thủ tục bằng bàn phím bên dưới.");
        for (String key : List.of("k", "e", "t", "kb-space", "h", "o", "n")) {
            _click(_get(Button.class, spec -> spec.withAttribute("data-key", key)));
        }
        assertThat(((SearchView) currentView()).queryField().getValue()).isEqualTo("ket hon");
        List<Button> results = _find(Button.class, spec -> spec.withClasses("kiosk-list-item"));
        assertThat(results).isNotEmpty();
        assertThat(results.getFirst().getElement().getAttribute("data-code")).isEqualTo("1.000894");
        _click(results.getFirst());
        assertThat(screenText()).contains("Thủ tục đăng ký kết hôn");
    }

    @Test
    void theKeyboardTypesVietnameseWithToneMarks() {
        UI.getCurrent().navigate(SearchView.class);
        for (String key : List.of("k", "h", "a", "i", "tone-acute", "kb-space", "s", "i", "n", "h")) {
            _click(_get(Button.class, spec -> spec.withAttribute("data-key", key)));
        }
        assertThat(((SearchView) currentView()).queryField().getValue()).isEqualTo("khái sinh");
        _click(_get(Button.class, spec -> spec.withAttribute("data-key", "tone-dot")));
        assertThat(((SearchView) currentView()).queryField().getValue()).isEqualTo("khái sịnh");
        _click(_get(Button.class, spec -> spec.withAttribute("data-key", "kb-backspace")));
        assertThat(((SearchView) currentView()).queryField().getValue()).isEqualTo("khái sịn");
        _click(_get(Button.class, spec -> spec.withAttribute("data-key", "kb-clear")));
        assertThat(((SearchView) currentView()).queryField().getValue()).isEmpty();
    }

    @Test
    void nothingFoundSaysSoAndOffersTheFields() {
        UI.getCurrent().navigate(SearchView.class);
        ((SearchView) currentView()).queryField().setValue("zzzz qqqq");
        assertThat(screenText()).contains("Không tìm thấy thủ tục phù hợp với “zzzz qqqq”", "Chọn theo lĩnh vực");
    }

    @Test
    void detailShowsEveryPostedPartWithFeesAsPublished() {
        UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", "1.001193"));
        String text = screenText();
        assertThat(text).contains("Thủ tục đăng ký khai sinh", "Mã thủ tục", "1.001193", "Lĩnh vực", "Hộ tịch",
                "Cấp thực hiện", "Cấp xã", "Thời hạn giải quyết", "Trong ngày",
                "Thành phần hồ sơ", "Giấy chứng sinh",
                "Phí, lệ phí", "Miễn phí", "Chưa có thông tin", "8.000 đồng/bản sao trích lục/sự kiện",
                "Cách thức thực hiện", "Nộp trực tiếp", "Nộp trực tuyến",
                "Trình tự thực hiện", "Mẫu đơn, tờ khai", "Đối tượng thực hiện", "Cơ quan thực hiện",
                "Kết quả thực hiện", "Yêu cầu, điều kiện", "Căn cứ pháp lý", "Luật Hộ tịch",
                "Dịch vụ công trực tuyến");
        // An unknown amount is never shown as zero.
        assertThat(text).doesNotContainPattern("(?<![\\d.])0 đồng");
        assertThat(_find(Section.class)).hasSizeGreaterThanOrEqualTo(12);
        Image qr = _get(Image.class, spec -> spec.withClasses("kiosk-qr-image"));
        assertThat(qr.getSrc()).startsWith("data:image/png;base64,");
    }

    @Test
    void aGuidanceSlipIsPrintedFromTheProcedurePage() throws InterruptedException {
        UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", "2.000815"));
        _click(_get(Button.class, spec -> spec.withText("In phiếu hướng dẫn")));
        assertThat(screenText()).contains("Đang in phiếu hướng dẫn…");
        // The print thread reports back by push: let the UI take what it was sent, as a browser would.
        String printed = "Mời quý khách nhận phiếu hướng dẫn ở khe máy in.";
        for (int i = 0; i < 1500 && !screenText().contains(printed); i++) {
            Thread.sleep(20);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        assertThat(screenText()).contains(printed);
    }

    @Test
    void aListedProcedureSaysItsDetailsAreToBeAskedAtTheCounter() {
        UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", "1.004772"));
        assertThat(screenText()).contains("Đây là thông tin tóm tắt", "Chưa có thông tin. Vui lòng hỏi cán bộ tại quầy.");
    }

    @Test
    void aProcedureWithoutNationalCodeHasNoPortalQr() {
        UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", "DP.CHUNG-THUC-HOP-DONG"));
        assertThat(screenText()).contains("chưa có mã quốc gia", "50.000 đồng/hợp đồng, giao dịch");
        assertThat(_find(Image.class, spec -> spec.withClasses("kiosk-qr-image"))).isEmpty();
    }

    @Test
    void anUnknownCodeSaysSo() {
        UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", "9.999999"));
        assertThat(screenText()).contains("Không tìm thấy thủ tục có mã 9.999999.");
        UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", "abc"));
        assertThat(screenText()).contains("Không tìm thấy thủ tục có mã abc.");
    }

    @Test
    void inEnglishTheInterfaceIsEnglishAndTheLegalContentStaysVietnamese() {
        UI.getCurrent().navigate(ProcedureView.class, new RouteParameters("code", "1.000894"));
        _click(_get(Button.class, spec -> spec.withText("English")));
        assertThat(screenText()).contains("Procedure code", "Required documents", "Fees and charges", "Marriage",
                "Thủ tục đăng ký kết hôn", "The procedure's content is posted in Vietnamese");
    }
}
