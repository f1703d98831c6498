package org.motcua.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.motcua.kiosk.base.Money;
import org.motcua.kiosk.catalog.Fee;

/** What the ticket and the memo say, read from their lines before any drawing. */
class PrintedWordsTest {

    @Test
    void theTicketSaysEverythingACitizenNeedsInVietnamese() {
        List<String> texts = PrintedLine.texts(new TicketRenderer(PaperWidth.MM58).lines(Printouts.ticket()));

        assertThat(texts).containsSubsequence(
                "UBND phường Bến Thành, Thành phố Hồ Chí Minh",
                "SỐ THỨ TỰ",
                "A012",
                "Hộ tịch – khai sinh, kết hôn, khai tử",
                "Quầy: 1, 2, 5",
                "Ưu tiên: Người cao tuổi (từ 60 tuổi)",
                "Số người chờ trước: 7",
                "Thời gian chờ dự kiến: khoảng 25 phút",
                "Lấy số lúc 08:05 21/11/2026",
                "[QR " + Printouts.TICKET_LINK + "]",
                "Mã phiếu: 3f2a9c1e",
                "Cảm ơn quý khách!");
    }

    @Test
    void aTicketWithoutPriorityOrOpenCountersLeavesThoseLinesOut() {
        TicketPrintout t = new TicketPrintout("UBND xã A", "B0101", "Đất đai", List.of(), 1200, 600,
                Instant.parse("2026-12-31T16:59:00Z"), Printouts.TICKET_ID, Printouts.TICKET_LINK, " ", null);
        List<String> texts = PrintedLine.texts(new TicketRenderer(PaperWidth.MM80).lines(t));

        assertThat(texts).noneMatch(s -> s.startsWith("Quầy") || s.startsWith("Ưu tiên"));
        assertThat(texts).contains("Số người chờ trước: 1200", "Lấy số lúc 23:59 31/12/2026");
    }

    @Test
    void theTicketCanBePrintedInEnglish() {
        List<String> texts = PrintedLine.texts(new TicketRenderer(PaperWidth.MM80, Locale.ENGLISH).lines(Printouts.ticket()));

        assertThat(texts).contains("YOUR NUMBER", "Counter: 1, 2, 5", "Thank you!");
    }

    @Test
    void aTicketPrintoutRefusesWhatCannotBePrinted() {
        TicketPrintout t = Printouts.ticket();
        assertThatThrownBy(() -> new TicketPrintout(" ", t.number(), t.serviceName(), t.counters(), 0, 0, t.issuedAt(),
                t.ticketId(), t.qrLink(), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketPrintout(t.officeName(), "12", t.serviceName(), t.counters(), 0, 0,
                t.issuedAt(), t.ticketId(), t.qrLink(), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketPrintout(t.officeName(), t.number(), t.serviceName(), t.counters(), -1, 0,
                t.issuedAt(), t.ticketId(), t.qrLink(), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketPrintout(t.officeName(), t.number(), t.serviceName(), List.of(0), 0, 0,
                t.issuedAt(), t.ticketId(), t.qrLink(), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketPrintout(t.officeName(), t.number(), t.serviceName(), t.counters(), 0, 0,
                t.issuedAt(), t.ticketId(), "motcua.example.vn/ve/1", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMemoSaysFreeTheAmountOrThatItIsNotKnownNeverZero() {
        List<String> texts = PrintedLine.texts(new MemoRenderer(PaperWidth.MM80).lines(Printouts.memo()));

        assertThat(texts).containsSubsequence(
                "Thủ tục đăng ký khai sinh",
                "Mã thủ tục: 1.001193",
                "Hồ sơ cần mang theo:",
                "1. Tờ khai đăng ký khai sinh theo mẫu quy định (1 bản chính)",
                "2. Giấy chứng sinh do cơ sở y tế nơi trẻ sinh ra cấp (1 bản chính)",
                "3. Giấy tờ tùy thân của người đi đăng ký (xuất trình)",
                "Phí, lệ phí:",
                "– Lệ phí đăng ký khai sinh: Miễn phí",
                "– Phí cấp bản sao trích lục: 8.000 đồng/bản",
                "– Phí gửi kết quả qua bưu chính: Chưa có thông tin",
                "Thời hạn giải quyết:",
                "[QR " + Printouts.PORTAL_LINK + "]",
                "In lúc 08:05 21/11/2026");
        assertThat(texts).noneMatch(s -> s.matches(".*:\\s*0( đồng)?$"));
    }

    @Test
    void anUnknownFeeChangesOnlyItsOwnLine() {
        List<String> known = PrintedLine.texts(new MemoRenderer(PaperWidth.MM58).lines(
                Printouts.memo(new Fee("Lệ phí", Money.dong(2_000), null, null))));
        List<String> unknown = PrintedLine.texts(new MemoRenderer(PaperWidth.MM58).lines(
                Printouts.memo(new Fee("Lệ phí", null, null, null))));

        assertThat(known).contains("– Lệ phí: 2.000 đồng");
        assertThat(unknown).contains("– Lệ phí: Chưa có thông tin");
        assertThat(known).hasSameSizeAs(unknown);
    }

    @Test
    void aProcedureWithNoFeesListedSaysItIsNotKnown() {
        List<String> texts = PrintedLine.texts(new MemoRenderer(PaperWidth.MM58).lines(Printouts.memo()));
        List<String> none = PrintedLine.texts(new MemoRenderer(PaperWidth.MM58).lines(Printouts.memo(new Fee[0])));

        assertThat(texts).doesNotContain("Chưa có thông tin");
        assertThat(none).containsSubsequence("Phí, lệ phí:", "Chưa có thông tin", "Thời hạn giải quyết:");
    }
}
