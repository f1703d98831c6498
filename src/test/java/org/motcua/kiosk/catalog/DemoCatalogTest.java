package org.motcua.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.kiosk.base.Money;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committed demo catalogue is exactly what the converter makes of the source data, and loses nothing. */
class DemoCatalogTest {

    private static final Path SOURCES = DemoCatalogConverter.TEST_SOURCES;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static CatalogFormat.Catalog converted;
    private static CatalogFormat.Catalog committed;
    private static Map<String, Procedure> byCode;
    private static JsonNode detailed;
    private static JsonNode listed;

    @BeforeAll
    static void load() throws IOException {
        converted = DemoCatalogConverter.convert(SOURCES);
        try (InputStream in = Files.newInputStream(DemoCatalogConverter.OUTPUT)) {
            committed = CatalogFormat.read(in);
        }
        byCode = committed.procedures().stream()
                .collect(Collectors.toMap(p -> p.code().value(), Function.identity()));
        detailed = JSON.readTree(SOURCES.resolve(DemoCatalogConverter.DETAILED).toFile());
        listed = JSON.readTree(SOURCES.resolve(DemoCatalogConverter.LISTED).toFile());
    }

    @Test
    void convertingTheSourcesGivesTheCommittedCatalogue() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        CatalogFormat.write(converted, written);
        CatalogFormat.Catalog reread = CatalogFormat.read(new ByteArrayInputStream(written.toByteArray()));

        assertThat(reread.title()).isEqualTo(committed.title()).isEqualTo("Danh mục thủ tục hành chính mẫu (demo)");
        assertThat(reread.source()).isEqualTo(committed.source()).contains("../shared/domain/catalog", "2026-11");
        assertThat(reread.procedures()).hasSameSizeAs(committed.procedures());
        for (int i = 0; i < committed.procedures().size(); i++) {
            Procedure expected = reread.procedures().get(i);
            assertThat(committed.procedures().get(i))
                    .as("procedure %d (%s): rerun DemoCatalogConverter.main and commit the result", i + 1, expected.code())
                    .isEqualTo(expected)
                    .isEqualTo(converted.procedures().get(i));
        }
    }

    @Test
    void theCommittedFileKeepsVietnameseAsCharacters() throws IOException {
        String text = Files.readString(DemoCatalogConverter.OUTPUT);
        assertThat(text).doesNotContain("\\u").contains("Thủ tục đăng ký khai sinh").endsWith("}\n");
    }

    @Test
    void everyCodeOfBothSourceFilesIsPresent() {
        List<String> sourceCodes = new ArrayList<>();
        int withoutCode = 0;
        for (JsonNode record : concat(detailed, listed)) {
            if (record.get("code").isNull()) {
                withoutCode++;
            } else {
                sourceCodes.add(record.get("code").asString());
            }
        }
        Set<String> distinct = new HashSet<>(sourceCodes);

        assertThat(detailed.size() + listed.size()).isEqualTo(177);
        assertThat(withoutCode).isEqualTo(2);
        assertThat(sourceCodes).hasSize(175);
        assertThat(distinct).hasSize(157);
        assertThat(byCode.keySet()).containsAll(distinct);
        assertThat(byCode.keySet()).filteredOn(code -> code.startsWith("DP."))
                .containsExactlyInAnyOrder("DP.CHUNG-THUC-HOP-DONG", "DP.GPXD-NHA-RIENG-LE");
        assertThat(committed.procedures()).hasSize(157 + 2);
    }

    @Test
    void theDetailedRecordWinsAndKeepsDocumentsStepsAndFees() {
        for (JsonNode record : detailed) {
            Procedure p = detailedProcedure(record);
            assertThat(p.name()).isEqualTo(record.get("name_vi").asString());
            assertThat(p.confidence()).isEqualTo(record.get("confidence").asString());
            assertThat(p.documents()).extracting(RequiredDocument::name).containsExactlyElementsOf(strings(record, "documents_vi"));
            assertThat(p.steps()).containsExactlyElementsOf(strings(record, "steps_vi"));
            assertThat(p.legalBasis()).containsExactlyElementsOf(strings(record, "legal_basis_vi"));
            assertThat(p.sources()).containsAll(strings(record, "sources"));
            List<Fee> fees = p.mainMethod().fees();
            assertThat(fees).hasSize(record.get("fees").size());
            for (int i = 0; i < fees.size(); i++) {
                JsonNode amount = record.get("fees").get(i).get("amount_vnd");
                assertThat(fees.get(i).amount()).as("%s fee %d", p.code(), i)
                        .isEqualTo(amount.isNull() ? null : Money.dong(amount.asLong()));
            }
        }

        Procedure copies = byCode.get("2.000815");
        assertThat(copies.name()).isEqualTo("Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản");
        assertThat(copies.documents()).hasSize(2);
        assertThat(copies.steps()).hasSize(4).last().asString().startsWith("Thu phí");
        assertThat(copies.mainMethod().channel()).isEqualTo(SubmissionMethod.Channel.IN_PERSON);
        assertThat(copies.mainMethod().processingDays()).isZero();
        Fee firstPages = copies.mainMethod().fees().getFirst();
        assertThat(firstPages.label()).isEqualTo("Phí chứng thực bản sao từ bản chính – trang thứ nhất và thứ hai");
        assertThat(firstPages.amount()).isEqualTo(Money.dong(2000));
        assertThat(firstPages.unit()).isEqualTo("đồng/trang");
        assertThat(copies.mainMethod().fees()).extracting(Fee::amount)
                .containsExactly(Money.dong(2000), Money.dong(1000), Money.dong(200_000));
        // The list record's source is kept with the detailed one.
        assertThat(copies.sources()).anyMatch(s -> s.contains("suzynotsusie") || s.contains("BangNiemYetVinhBao"));
    }

    @Test
    void anOnlineChannelHasTheSameTimeAndUnknownFees() {
        Procedure birth = byCode.get("1.001193");
        assertThat(birth.methods()).extracting(SubmissionMethod::channel)
                .containsExactly(SubmissionMethod.Channel.IN_PERSON, SubmissionMethod.Channel.ONLINE);
        SubmissionMethod online = birth.methods().get(1);
        assertThat(online.fees()).isEmpty();
        assertThat(online.processingTime()).isEqualTo(birth.mainMethod().processingTime());
        assertThat(online.note()).isEqualTo(birth.onlineService()).startsWith("Có nộp trực tuyến");
        assertThat(birth.onlineServiceUrl()).startsWith("https://dichvucong.gov.vn/");

        Procedure contracts = byCode.get("DP.CHUNG-THUC-HOP-DONG");
        assertThat(contracts.methods()).hasSize(1);
        assertThat(contracts.onlineService()).isNull();
        assertThat(contracts.onlineServiceUrl()).isNull();
    }

    @Test
    void anUnknownAmountStaysNullAndFreeStaysZero() {
        List<Fee> birthFees = byCode.get("1.001193").mainMethod().fees();
        Fee onTime = birthFees.get(0);
        Fee late = birthFees.get(1);
        assertThat(onTime.label()).isEqualTo("Lệ phí đăng ký khai sinh đúng hạn");
        assertThat(onTime.amount()).isEqualTo(Money.dong(0));
        assertThat(onTime.amount().isFree()).isTrue();
        assertThat(late.label()).isEqualTo("Lệ phí đăng ký khai sinh không đúng hạn");
        assertThat(late.amount()).isNull();
        assertThat(late.isKnown()).isFalse();

        // A listed procedure with no fee text: one fee, unknown, no note.
        JsonNode noFee = find(listed, r -> r.get("fee_vi").isNull() && !isDetailed(r.get("code").asString()));
        Fee unknown = byCode.get(noFee.get("code").asString()).mainMethod().fees().getFirst();
        assertThat(unknown.label()).isEqualTo("Phí, lệ phí");
        assertThat(unknown.amount()).isNull();
        assertThat(unknown.note()).isNull();
    }

    @Test
    void aListedProcedureKeepsHaiPhongsFeeTextAndOnlyClearAmounts() {
        Procedure lateMarriage = byCode.get("1.004746");
        Fee fee = lateMarriage.mainMethod().fees().getFirst();
        assertThat(lateMarriage.confidence()).isEqualTo("listed");
        assertThat(lateMarriage.sources()).hasSize(1);
        assertThat(fee.note()).startsWith("30.000 đồng/lần")
                .endsWith(" (mức thu niêm yết tại Hải Phòng; tỉnh, thành phố khác có thể khác)");
        assertThat(fee.amount()).as("'miễn theo NQ 16/2023' makes the amount unclear").isNull();

        Fee renewal = byCode.get("1.013227").mainMethod().fees().getFirst();
        assertThat(renewal.amount()).isEqualTo(Money.dong(15_000));
        assertThat(renewal.unit()).isEqualTo("đồng/lần");

        assertThat(DemoCatalogConverter.singleAmount("5.000 đồng/lần (NQ 1/2020)")).isEqualTo(Money.dong(5000));
        assertThat(DemoCatalogConverter.singleAmount("75.000 đồng/giấy phép (nhà ở riêng lẻ); 150.000 đồng/giấy phép"))
                .isNull();
        assertThat(DemoCatalogConverter.singleAmount("Không quy định")).isNull();
    }

    @Test
    void onlySimpleProcessingTimesBecomeDays() {
        assertThat(DemoCatalogConverter.simpleDays("5 ngày làm việc")).isEqualTo(5);
        assertThat(DemoCatalogConverter.simpleDays("03 ngày làm việc")).isEqualTo(3);
        assertThat(DemoCatalogConverter.simpleDays("1 ngày")).isEqualTo(1);
        assertThat(DemoCatalogConverter.simpleDays("15 ngày hoặc 25 ngày (tùy trường hợp/kênh nộp)")).isNull();
        assertThat(DemoCatalogConverter.simpleDays("Cập nhật/bổ sung: 01 ngày; Hiệu đính: 03 ngày làm việc")).isNull();
        assertThat(DemoCatalogConverter.simpleDays(null)).isNull();
        for (Procedure p : committed.procedures()) {
            SubmissionMethod m = p.mainMethod();
            if (m.processingTime() != null && m.processingTime().contains("hoặc") && "listed".equals(p.confidence())) {
                assertThat(m.processingDays()).as(p.code().value()).isNull();
            }
        }
    }

    @Test
    void theProvisionalCodesKeepTheirNotes() {
        Procedure permit = byCode.get("DP.GPXD-NHA-RIENG-LE");
        assertThat(permit.code().isProvisional()).isTrue();
        assertThat(permit.name()).isEqualTo("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ");
        assertThat(permit.notes()).contains("1.013225", "1.009122");
        assertThat(byCode.get("DP.CHUNG-THUC-HOP-DONG").notes()).contains("Chưa tìm thấy mã thủ tục");
        assertThat(committed.procedures()).allSatisfy(p -> assertThat(p.keywords()).isEmpty());
    }

    /** The copies must be the shared originals; where ../shared is absent, they must at least be whole. */
    @Test
    void theSourceCopiesAreTheSharedOriginals() throws IOException {
        assertThat(detailed.size()).isEqualTo(20);
        assertThat(listed.size()).isEqualTo(157);
        assertThat(SOURCES.resolve("README.md")).exists();
        Path shared = DemoCatalogConverter.SHARED_SOURCES;
        if (Files.isDirectory(shared)) {
            for (String name : List.of(DemoCatalogConverter.DETAILED, DemoCatalogConverter.LISTED)) {
                assertThat(Files.readAllBytes(SOURCES.resolve(name)))
                        .as("%s differs from %s: copy it again", SOURCES.resolve(name), shared.resolve(name))
                        .isEqualTo(Files.readAllBytes(shared.resolve(name)));
            }
        }
    }

    private static Procedure detailedProcedure(JsonNode record) {
        if (!record.get("code").isNull()) {
            return byCode.get(record.get("code").asString());
        }
        return committed.procedures().stream()
                .filter(p -> p.name().equals(record.get("name_vi").asString()))
                .findFirst().orElseThrow();
    }

    private static boolean isDetailed(String code) {
        for (JsonNode r : detailed) {
            if (code.equals(r.get("code").asString(null))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode find(JsonNode records, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode r : records) {
            if (test.test(r)) {
                return r;
            }
        }
        throw new AssertionError("no such record in the source data");
    }

    private static List<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    private static List<String> strings(JsonNode record, String name) {
        List<String> out = new ArrayList<>();
        record.get(name).forEach(n -> out.add(n.asString()));
        return out;
    }
}
