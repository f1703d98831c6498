package org.motcua.kiosk.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.motcua.kiosk.base.Money;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the demo catalogue (src/main/resources/catalog/demo-catalog.json) from the collected source data:
 * procedures-detailed.json (a few procedures in full) and procedures-list.json (many procedures, name, time
 * and Hải Phòng's fee in words). The detailed record wins where both have a code.
 *
 * <p>Run {@link #main} from the project root after the source data changes, and commit the result;
 * DemoCatalogTest checks that the committed file is what this converter makes.
 */
public final class DemoCatalogConverter {

    public static final String DETAILED = "procedures-detailed.json";
    public static final String LISTED = "procedures-list.json";
    public static final Path OUTPUT = Path.of("src/main/resources/catalog/demo-catalog.json");
    public static final Path SHARED_SOURCES = Path.of("../shared/domain/catalog");
    public static final Path TEST_SOURCES = Path.of("src/test/resources/catalog-sources");

    static final String TITLE = "Danh mục thủ tục hành chính mẫu (demo)";
    static final String SOURCE = "Chuyển đổi từ dữ liệu ../shared/domain/catalog (procedures-detailed.json và "
            + "procedures-list.json), thu thập từ nguồn công khai tháng 2026-11; phí trong danh sách là mức niêm yết "
            + "tại Hải Phòng.";
    static final String LISTED_FEE_LABEL = "Phí, lệ phí";
    static final String LISTED_FEE_CAVEAT = " (mức thu niêm yết tại Hải Phòng; tỉnh, thành phố khác có thể khác)";

    /**
     * The two detailed records without a national code get a provisional one, chosen by hand: a new record
     * without a code stops the conversion until someone names it here.
     */
    private static final Map<String, String> PROVISIONAL_CODES = Map.of(
            "Thủ tục chứng thực hợp đồng, giao dịch", "DP.CHUNG-THUC-HOP-DONG",
            "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "DP.GPXD-NHA-RIENG-LE");

    /** "5 ngày làm việc", "03 ngày làm việc", "1 ngày", optionally "kể từ ngày nhận được hồ sơ đầy đủ". */
    private static final Pattern SIMPLE_DAYS = Pattern.compile(
            "0*(\\d{1,3}) ngày( làm việc)?( kể từ ngày nhận được hồ sơ đầy đủ(, hợp lệ)?)?");
    /** "15.000 đồng/lần (NQ 45/2018 PL10)", "4.500.000đ/trường hợp": one amount, one unit, at most a reference. */
    private static final Pattern SINGLE_AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d{3})+) ?(?:đồng|đ)(/[^();]+?)?(?: \\([^()]*\\))?");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoCatalogConverter() {
    }

    /** Rewrites the demo catalogue from ../shared/domain/catalog, or from the test copies when that is absent. */
    public static void main(String[] args) throws IOException {
        Path sources = args.length > 0 ? Path.of(args[0])
                : Files.isDirectory(SHARED_SOURCES) ? SHARED_SOURCES : TEST_SOURCES;
        Path output = args.length > 1 ? Path.of(args[1]) : OUTPUT;
        CatalogFormat.Catalog catalog = convert(sources);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            CatalogFormat.write(catalog, out);
        }
        System.out.println(catalog.procedures().size() + " thủ tục / procedures from " + sources + " -> " + output);
    }

    /** The demo catalogue made from the two source files in {@code sourceDir}. */
    public static CatalogFormat.Catalog convert(Path sourceDir) throws IOException {
        JsonNode detailed = JSON.readTree(sourceDir.resolve(DETAILED).toFile());
        JsonNode listed = JSON.readTree(sourceDir.resolve(LISTED).toFile());

        Map<String, JsonNode> listedByCode = new LinkedHashMap<>();
        for (JsonNode record : listed) {
            if (listedByCode.put(record.get("code").asString(), record) != null) {
                throw new IllegalStateException("duplicate code in " + LISTED + ": " + record.get("code"));
            }
        }
        Map<String, Procedure> byCode = new LinkedHashMap<>();
        for (JsonNode record : detailed) {
            Procedure procedure = fromDetailed(record, listedByCode.get(text(record, "code")));
            if (byCode.put(procedure.code().value(), procedure) != null) {
                throw new IllegalStateException("duplicate code in " + DETAILED + ": " + procedure.code());
            }
        }
        for (JsonNode record : listedByCode.values()) {
            Procedure procedure = fromListed(record);
            byCode.putIfAbsent(procedure.code().value(), procedure);
        }
        return new CatalogFormat.Catalog(TITLE, SOURCE, List.copyOf(byCode.values()));
    }

    /** A detailed record, with the list record of the same code (may be null) for what it lacks: its source. */
    static Procedure fromDetailed(JsonNode r, JsonNode listed) {
        String name = text(r, "name_vi");
        String code = text(r, "code");
        if (code == null) {
            code = PROVISIONAL_CODES.entrySet().stream()
                    .filter(e -> name.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no provisional code for \"" + name + "\": add one to PROVISIONAL_CODES"));
        }
        String time = text(r, "processing_time_vi");
        Integer days = r.get("processing_days").isNull() ? null : r.get("processing_days").asInt();
        List<Fee> fees = new ArrayList<>();
        for (JsonNode f : r.get("fees")) {
            JsonNode amount = f.get("amount_vnd");
            fees.add(new Fee(text(f, "label_vi"),
                    amount == null || amount.isNull() ? null : Money.dong(amount.asLong()),
                    text(f, "unit_vi"), text(f, "note_vi")));
        }
        String online = text(r, "online_level");
        List<SubmissionMethod> methods = new ArrayList<>();
        methods.add(new SubmissionMethod(SubmissionMethod.Channel.IN_PERSON, time, days, fees, null));
        if (online != null) {
            // The sources give no fee per channel, so the online channel's fees are unknown, not "the same".
            methods.add(new SubmissionMethod(SubmissionMethod.Channel.ONLINE, time, days, List.of(), online));
        }
        Set<String> sources = new LinkedHashSet<>(texts(r, "sources"));
        if (listed != null) {
            sources.add(listed.get("source").asString());
        }
        String portal = sources.stream().filter(s -> s.startsWith("https://dichvucong.gov.vn/")).findFirst().orElse(null);
        // The list's field names are the national portal's; the detailed file sometimes words them differently
        // ("Đăng ký hộ kinh doanh" for "Hộ kinh doanh"), which would split one field in two on the kiosk.
        String field = listed != null ? listed.get("field_vi").asString() : text(r, "field_vi");
        return new Procedure(ProcedureCode.of(code), name, text(r, "name_en"), field, text(r, "field_en"),
                text(r, "level"), texts(r, "steps_vi"), methods,
                texts(r, "documents_vi").stream().map(d -> new RequiredDocument(d, null, null, null)).toList(),
                List.of(), null, null, null, null, null, texts(r, "legal_basis_vi"), portal, online,
                text(r, "notes_vi"), text(r, "confidence"), List.copyOf(sources), List.of());
    }

    /** A record of the list: name, field, level, the time and Hải Phòng's fee as published in words. */
    static Procedure fromListed(JsonNode r) {
        String time = text(r, "processing_time_vi");
        String feeText = text(r, "fee_vi");
        Fee fee = feeText == null
                ? new Fee(LISTED_FEE_LABEL, null, null, null)
                : new Fee(LISTED_FEE_LABEL, singleAmount(feeText), singleAmountUnit(feeText), feeText + LISTED_FEE_CAVEAT);
        SubmissionMethod inPerson = new SubmissionMethod(SubmissionMethod.Channel.IN_PERSON, time, simpleDays(time),
                List.of(fee), null);
        return new Procedure(ProcedureCode.of(text(r, "code")), text(r, "name_vi"), null, text(r, "field_vi"), null,
                text(r, "level"), List.of(), List.of(inPerson), List.of(), List.of(), null, null, null, null, null,
                List.of(), null, null, null, "listed", List.of(r.get("source").asString()), List.of());
    }

    /** Working days of a simple time such as "03 ngày làm việc"; null for anything else ("5 hoặc 15 ngày"). */
    static Integer simpleDays(String time) {
        if (time == null) {
            return null;
        }
        Matcher m = SIMPLE_DAYS.matcher(time.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The amount of a fee text that states exactly one amount, such as "15.000 đồng/lần (NQ 45/2018 PL10)";
     * null when there are several, none, or an exemption ("miễn") that may apply to the citizen.
     */
    static Money singleAmount(String feeText) {
        Matcher m = singleAmountMatch(feeText);
        return m == null ? null : Money.dong(Long.parseLong(m.group(1).replace(".", "")));
    }

    static String singleAmountUnit(String feeText) {
        Matcher m = singleAmountMatch(feeText);
        return m == null ? null : "đồng" + (m.group(2) == null ? "" : m.group(2).strip());
    }

    private static Matcher singleAmountMatch(String feeText) {
        if (feeText == null || feeText.toLowerCase(java.util.Locale.ROOT).contains("miễn")) {
            return null;
        }
        Matcher m = SINGLE_AMOUNT.matcher(feeText.strip());
        return m.matches() ? m : null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> texts(JsonNode node, String name) {
        JsonNode v = node.get(name);
        List<String> out = new ArrayList<>();
        if (v != null) {
            v.forEach(item -> out.add(item.asString()));
        }
        return out;
    }
}
