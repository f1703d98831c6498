package org.motcua.kiosk.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.kiosk.base.Money;

/** A broken catalogue file is rejected as a whole, every problem pointing at its record and line in both languages. */
class CatalogFormatTest {

    /** One valid procedure on one line; the tests break it in one place each. */
    private static final String BIRTH = """
            {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field": "Hộ tịch", "level": "commune", \
            "methods": [{"channel": "IN_PERSON", "processingDays": 0, \
            "fees": [{"label": "Lệ phí đăng ký khai sinh đúng hạn", "amount": 0}]}]}""";
    private static final String DEATH = BIRTH.replace("1.001193", "1.000656").replace("khai sinh", "khai tử");
    private static final String MARRIAGE = BIRTH.replace("1.001193", "1.000894").replace("khai sinh", "kết hôn");

    /** The file with one procedure a line: procedure n is on line 4 + n. */
    private static String file(String... procedures) {
        return "{\n"
                + "  \"format\": \"motcua-catalog\",\n"
                + "  \"formatVersion\": 1,\n"
                + "  \"procedures\": [\n"
                + String.join(",\n", procedures) + "\n"
                + "  ]\n"
                + "}\n";
    }

    private static CatalogFormat.Catalog read(String json) {
        return CatalogFormat.read(new ByteArrayInputStream(json.getBytes(UTF_8)));
    }

    /** Reads a file that must be rejected; nothing is returned, every problem is in the exception. */
    private static List<ImportProblem> problems(String json) {
        CatalogImportException e = catchThrowableOfType(CatalogImportException.class, () -> read(json));
        assertThat(e).as("the file must be rejected").isNotNull();
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.messageVi()).isNotBlank().isNotEqualTo(p.messageEn());
            assertThat(p.messageEn()).isNotBlank();
        });
        assertThat(e.getMessage()).startsWith("Tệp danh mục bị từ chối");
        return e.problems();
    }

    private static ImportProblem onlyProblem(String json) {
        List<ImportProblem> problems = problems(json);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void aGoodFileIsRead() {
        CatalogFormat.Catalog catalog = read(file(BIRTH, DEATH));
        assertThat(catalog.procedures()).extracting(p -> p.code().value()).containsExactly("1.001193", "1.000656");
        assertThat(catalog.title()).isNull();
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndRecord() {
        String json = file(BIRTH, DEATH.replace("\"field\": \"Hộ tịch\",", "\"field\": \"Hộ tịch\""), MARRIAGE);
        ImportProblem p = onlyProblem(json);
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.record()).isEqualTo(2);
        assertThat(p.messageVi()).startsWith("JSON không hợp lệ (cột ");
        assertThat(p.messageEn()).startsWith("malformed JSON (column ");
    }

    @Test
    void aFileThatIsNotAnObjectIsRejected() {
        ImportProblem p = onlyProblem("[\n" + BIRTH + "\n]");
        assertThat(p.record()).isZero();
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.messageVi()).isEqualTo("tệp phải là một đối tượng JSON { … }");
        assertThat(p.messageEn()).isEqualTo("the file must be one JSON object { … }");
        assertThat(onlyProblem("").messageEn()).isEqualTo("the file must be one JSON object { … }");
    }

    @Test
    void anotherFormatIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH).replace("\"motcua-catalog\"", "\"motcua-katalog\""));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.messageVi()).isEqualTo("\"format\" phải là \"motcua-catalog\"");
        assertThat(p.messageEn()).isEqualTo("\"format\" must be \"motcua-catalog\"");

        ImportProblem missing = onlyProblem(file(BIRTH).replace("  \"format\": \"motcua-catalog\",\n", ""));
        assertThat(missing.messageVi()).isEqualTo("thiếu \"format\": \"motcua-catalog\"");
    }

    @Test
    void anUnsupportedVersionIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH).replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.messageVi()).isEqualTo("phiên bản định dạng không được hỗ trợ (cần 1)");
        assertThat(p.messageEn()).isEqualTo("unsupported format version (expected 1)");

        assertThat(onlyProblem(file(BIRTH).replace("\"formatVersion\": 1", "\"formatVersion\": 99999999999")).messageEn())
                .isEqualTo("unsupported format version (expected 1)");
        assertThat(onlyProblem(file(BIRTH).replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"")).messageEn())
                .isEqualTo("unsupported format version (expected 1)");
        assertThat(onlyProblem(file(BIRTH).replace("  \"formatVersion\": 1,\n", "")).messageEn())
                .isEqualTo("missing \"formatVersion\": 1");
    }

    @Test
    void anUnknownTopLevelFieldIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH).replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"titel\": \"Danh mục\","));
        assertThat(p.record()).isZero();
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.messageVi()).isEqualTo("trường không xác định \"titel\" (có thể gõ sai tên)");
        assertThat(p.messageEn()).isEqualTo("unknown field \"titel\" (a misspelt name?)");
    }

    @Test
    void aTitleThatIsNotTextIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH).replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"title\": 5,"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.messageVi()).isEqualTo("\"title\" phải là chuỗi văn bản");
    }

    @Test
    void aMisspeltProcedureFieldIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH, DEATH.replace("\"name\"", "\"nmae\"")));
        assertThat(p.record()).isEqualTo(2);
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.code()).isEqualTo("1.000656");
        assertThat(p.messageVi()).isEqualTo("trường \"nmae\": trường không xác định (có thể gõ sai tên)");
        assertThat(p.messageEn()).isEqualTo("field \"nmae\": unknown field (a misspelt name?)");
    }

    @Test
    void anAmountWrittenWithSeparatorsIsRejected() {
        ImportProblem asText = onlyProblem(file(BIRTH.replace("\"amount\": 0", "\"amount\": \"2.000\"")));
        assertThat(asText.record()).isEqualTo(1);
        assertThat(asText.line()).isEqualTo(5);
        assertThat(asText.messageVi()).isEqualTo("trường \"methods[0].fees[0].amount\" (mức thu): "
                + "phải là số nguyên, không có dấu chấm phân cách (ví dụ 50000)");
        assertThat(asText.messageEn()).isEqualTo("field \"methods[0].fees[0].amount\": "
                + "must be a whole number, no separators (e.g. 50000)");

        // 2.000 as a JSON number is 2.0, not two thousand.
        assertThat(onlyProblem(file(BIRTH.replace("\"amount\": 0", "\"amount\": 2.000"))).messageEn())
                .isEqualTo(asText.messageEn());
    }

    @Test
    void aNegativeAmountIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH.replace("\"amount\": 0", "\"amount\": -2000")));
        assertThat(p.messageVi()).isEqualTo("trường \"methods[0].fees[0].amount\" (mức thu): không được là số âm");
        assertThat(p.messageEn()).isEqualTo("field \"methods[0].fees[0].amount\": must not be negative");
    }

    @Test
    void aMissingNameIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH, DEATH.replace("\"name\": \"Thủ tục đăng ký khai tử\", ", "")));
        assertThat(p.record()).isEqualTo(2);
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.messageVi()).isEqualTo("trường \"name\" (tên): bắt buộc, không được để trống");
        assertThat(p.messageEn()).isEqualTo("field \"name\": required, must not be empty");
        assertThat(onlyProblem(file(BIRTH.replace("\"Thủ tục đăng ký khai sinh\"", "\"  \""))).messageEn())
                .isEqualTo("field \"name\": required, must not be empty");
    }

    @Test
    void anInvalidCodeIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH.replace("1.001193", "1.0011")));
        assertThat(p.code()).isEqualTo("1.0011");
        assertThat(p.messageVi()).isEqualTo(
                "trường \"code\" (mã thủ tục): không hợp lệ: \"1.0011\" (cần dạng 1.001193, hoặc mã tạm DP.TEN-VIET-TAT)");
        assertThat(p.messageEn()).startsWith("field \"code\": invalid: \"1.0011\"");
        assertThat(onlyProblem(file(BIRTH.replace("\"1.001193\"", "1001193"))).messageEn())
                .isEqualTo("field \"code\": must be a string");
    }

    @Test
    void aProvisionalCodeIsAccepted() {
        Procedure p = read(file(BIRTH.replace("1.001193", "DP.CHUNG-THUC-HOP-DONG"))).procedures().getFirst();
        assertThat(p.code().isProvisional()).isTrue();
    }

    @Test
    void aDuplicateCodeIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH, DEATH, BIRTH.replace("khai sinh", "khai sinh (bản khác)")));
        assertThat(p.record()).isEqualTo(3);
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.code()).isEqualTo("1.001193");
        assertThat(p.messageVi()).isEqualTo("mã thủ tục bị trùng với một thủ tục ở trên");
        assertThat(p.messageEn()).isEqualTo("duplicate procedure code (already used above)");
    }

    @Test
    void anEmptyCatalogueIsRejected() {
        ImportProblem p = onlyProblem("{\"format\": \"motcua-catalog\", \"formatVersion\": 1, \"procedures\": []}");
        assertThat(p.record()).isZero();
        assertThat(p.messageVi()).isEqualTo("danh mục không có thủ tục nào");
        assertThat(p.messageEn()).isEqualTo("the catalogue has no procedure");

        assertThat(onlyProblem("{\"format\": \"motcua-catalog\", \"formatVersion\": 1}").messageEn())
                .isEqualTo("missing the \"procedures\" list");
    }

    @Test
    void aProcedureWithoutMethodsIsRejected() {
        String noMethods = BIRTH.substring(0, BIRTH.indexOf(", \"methods\"")) + "}";
        ImportProblem p = onlyProblem(file(noMethods));
        assertThat(p.messageVi()).isEqualTo("thiếu cách thức thực hiện (ít nhất một)");
        assertThat(p.messageEn()).isEqualTo("at least one submission method is required");
        assertThat(onlyProblem(file(BIRTH.substring(0, BIRTH.indexOf("[{\"channel\"")) + "[]}")).messageEn())
                .isEqualTo(p.messageEn());
    }

    @Test
    void aBadChannelIsRejected() {
        ImportProblem p = onlyProblem(file(BIRTH.replace("IN_PERSON", "COUNTER")));
        assertThat(p.messageVi()).isEqualTo(
                "trường \"methods[0].channel\" (kênh nộp): phải là IN_PERSON, ONLINE hoặc POST, không phải \"COUNTER\"");
        assertThat(p.messageEn()).isEqualTo(
                "field \"methods[0].channel\": must be IN_PERSON, ONLINE or POST, not \"COUNTER\"");
    }

    @Test
    void everyProblemOfAFileIsReported() {
        String json = file(
                BIRTH.replace("\"amount\": 0", "\"amount\": \"miễn phí\""),
                DEATH,
                "\"not a procedure\"",
                MARRIAGE.replace("\"level\": \"commune\", ", ""),
                DEATH.replace("khai tử", "khai tử lần hai"))
                .replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"version\": 3,");
        List<ImportProblem> problems = problems(json);
        assertThat(problems).extracting(ImportProblem::record).containsExactly(0, 1, 3, 4, 5);
        assertThat(problems).extracting(ImportProblem::line).containsExactly(3, 5, 7, 8, 9);
        assertThat(problems).extracting(ImportProblem::messageEn).containsExactly(
                "unknown field \"version\" (a misspelt name?)",
                "field \"methods[0].fees[0].amount\": must be a whole number, no separators (e.g. 50000)",
                "each procedure must be an object { … }",
                "field \"level\": required, must not be empty",
                "duplicate procedure code (already used above)");
    }

    @Test
    void unknownAmountStaysNullAndFreeStaysZero() {
        String json = file(BIRTH.replace("\"amount\": 0}", "\"amount\": 0}, {\"label\": \"Lệ phí không đúng hạn\", \"amount\": null}, "
                + "{\"label\": \"Phí bản sao\"}"));
        List<Fee> fees = read(json).procedures().getFirst().mainMethod().fees();
        assertThat(fees).extracting(Fee::amount).containsExactly(Money.dong(0), null, null);
        assertThat(fees.getFirst().amount().isFree()).isTrue();
        assertThat(fees.get(1).isKnown()).isFalse();
    }

    @Test
    void aFullCatalogueRoundTrips() throws IOException {
        Procedure full = new Procedure(ProcedureCode.of("2.000815"), "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản",
                "Certification of copies", "Chứng thực", "Certification", "commune",
                List.of("Xuất trình bản chính và bản sao", "Thu phí và trả kết quả"),
                List.of(new SubmissionMethod(SubmissionMethod.Channel.IN_PERSON, "Ngay trong ngày", 0,
                                List.of(new Fee("Trang thứ nhất và thứ hai", Money.dong(2000), "đồng/trang", "TT 226/2016/TT-BTC"),
                                        new Fee("Lệ phí khác", null, null, null),
                                        new Fee("Miễn phí", Money.dong(0), "đồng", null)), null),
                        new SubmissionMethod(SubmissionMethod.Channel.ONLINE, "Ngay trong ngày", 0, List.of(), "Chưa xác minh"),
                        new SubmissionMethod(SubmissionMethod.Channel.POST, null, null, null, null)),
                List.of(new RequiredDocument("Bản chính giấy tờ", 1, null, "xuất trình"),
                        new RequiredDocument("Bản sao cần chứng thực", null, 2, null)),
                List.of(new Form("Tờ khai", "https://example.gov.vn/to-khai.pdf"), new Form("Mẫu số 01", null)),
                "Cá nhân, tổ chức", "UBND cấp xã", "Chủ tịch UBND cấp xã", "Bản sao được chứng thực",
                "Bản chính hợp lệ", List.of("Nghị định 23/2015/NĐ-CP"),
                "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-dung-chung.html?ma_thu_tuc=2.000815",
                "Một phần", "Ghi chú \"có ngoặc kép\" và \\ gạch chéo", "confirmed", List.of("https://example.org/nguon"),
                List.of("sao y", "công chứng"));
        Procedure minimal = new Procedure(ProcedureCode.of("DP.GPXD-NHA-RIENG-LE"), "Cấp giấy phép xây dựng", null,
                "Hoạt động xây dựng", null, "commune", null,
                List.of(new SubmissionMethod(SubmissionMethod.Channel.IN_PERSON, null, null, null, null)),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        CatalogFormat.Catalog catalog = new CatalogFormat.Catalog("Danh mục", "Nguồn", List.of(full, minimal));

        ClosingWatch out = new ClosingWatch();
        CatalogFormat.write(catalog, out);
        assertThat(out.closed).as("write leaves the caller's stream open").isFalse();
        String text = out.toString(UTF_8);
        assertThat(text).contains("\"name\": \"Thủ tục chứng thực bản sao").doesNotContain("\\u").endsWith("}\n");

        assertThat(read(text)).isEqualTo(catalog);
        assertThat(CatalogFormat.fromJsonString(CatalogFormat.toJsonString(full))).isEqualTo(full);
    }

    @Test
    void aProblemReadsNaturallyInVietnamese() {
        ImportProblem p = onlyProblem(file(BIRTH, DEATH.replace("\"amount\": 0", "\"amount\": \"2.000\"")));
        assertThat(p.describe()).isEqualTo(
                "Thủ tục thứ 2 (dòng 6, mã 1.000656): trường \"methods[0].fees[0].amount\" (mức thu): "
                        + "phải là số nguyên, không có dấu chấm phân cách (ví dụ 50000)"
                        + " / Procedure 2 (line 6, code 1.000656): field \"methods[0].fees[0].amount\": "
                        + "must be a whole number, no separators (e.g. 50000)");
        assertThat(new ImportProblem(0, 0, null, "danh mục không có thủ tục nào", "the catalogue has no procedure").describe())
                .isEqualTo("Tệp: danh mục không có thủ tục nào / File: the catalogue has no procedure");
    }

    @Test
    void theExampleOfTheDocumentationIsAValidFile() throws IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/catalog-format.md"));
        String start = "```json\n{\n  \"format\"";
        int from = doc.indexOf(start, doc.indexOf("## Example")) + "```json\n".length();
        String example = doc.substring(from, doc.indexOf("```", from));
        CatalogFormat.Catalog catalog = read(example);
        assertThat(catalog.procedures()).extracting(p -> p.code().value()).containsExactly("1.001193", "DP.GPXD-NHA-RIENG-LE");
        assertThat(catalog.procedures().getFirst().mainMethod().fees()).extracting(Fee::amount)
                .containsExactly(Money.dong(0), null, Money.dong(8000));
    }

    private static final class ClosingWatch extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
