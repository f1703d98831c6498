package org.motcua.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What leaves the report as files: CSV that Excel reads as UTF-8, charts whose SVG keeps the Vietnamese text. */
class ReportFilesTest {

    @Test
    void csvStartsWithTheByteOrderMarkEndsLinesWithCrLfQuotesAndRoundTripsVietnamese() {
        byte[] csv = ReportCsv.write(List.of("Lĩnh vực", "Ý kiến", "Số"),
                List.of(List.of("Đất đai", "Chờ lâu, \"rất\" mệt\nlần sau", "3"),
                        List.of("Hộ tịch", "=HYPERLINK(\"x\")", "-2")));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("Lĩnh vực,Ý kiến,Số\r\n"
                + "Đất đai,\"Chờ lâu, \"\"rất\"\" mệt\nlần sau\",3\r\n"
                + "Hộ tịch,\"'=HYPERLINK(\"\"x\"\")\",-2\r\n");
    }

    @Test
    void chartsAreSvgWithTheirVietnameseTitlesAsText() {
        var days = List.of(new SatisfactionRow("2026-11-16", null, 20, 3, Map.of("RAT_HAI_LONG", 10, "HAI_LONG", 7,
                        "KHONG_HAI_LONG", 3)),
                new SatisfactionRow("2026-11-17", null, 4, 0, Map.of("RAT_HAI_LONG", 4)));
        String rate = ReportCharts.rateByDay("Tỷ lệ hài lòng theo ngày", "Ngày", "Tỷ lệ (%)", days);
        assertThat(rate).contains("<svg", "Tỷ lệ hài lòng theo ngày", "Noto Sans", ">16/11<", ">17/11<");

        String levels = ReportCharts.levelShares("Tỷ lệ các mức đánh giá", "Ngày", "Tỷ lệ (%)", days,
                Map.of("RAT_HAI_LONG", "Rất hài lòng", "HAI_LONG", "Hài lòng", "KHONG_HAI_LONG", "Không hài lòng"));
        assertThat(levels).contains("Tỷ lệ các mức đánh giá").contains("Không hài lòng");

        String waits = ReportCharts.waitingByService("Thời gian chờ theo dịch vụ", "Dịch vụ", "Phút", "Trung bình",
                "90% khách chờ không quá", List.of(new QueueFigureRow("ho-tich", "B · Hộ tịch", 10, 9, 1, 9, 12.5,
                        20.0, 8.0)));
        assertThat(waits).contains("Thời gian chờ theo dịch vụ").contains("B · Hộ tịch");
        assertThat(ReportCharts.dataUrl(waits)).startsWith("data:image/svg+xml;base64,");
    }
}
