package org.motcua.kiosk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.motcua.kiosk.base.Money;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue file format, version 1 (documented in docs/catalog-format.md). Reading is strict: an unknown
 * field, a wrong type or a missing part rejects the whole file with every problem found, each pointing at
 * the record and line, in Vietnamese and English.
 */
public final class CatalogFormat {

    public static final String FORMAT = "motcua-catalog";
    public static final int VERSION = 1;
    /** More procedures than any province posts; a bigger file is a mistake, not a catalogue. */
    public static final int MAX_PROCEDURES = 20_000;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // The caller opened the stream, the caller closes it.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** One value a line, "name": value, so that a diff of two catalogue versions shows what changed. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEntrySpacing(Separators.Spacing.NONE)
            .withArrayElementSpacing(Separators.Spacing.NONE)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private static final Set<String> PROCEDURE_FIELDS = Set.of("code", "name", "nameEn", "field", "fieldEn", "level",
            "steps", "methods", "documents", "forms", "applicants", "handlingAgency", "decidingAgency", "result",
            "conditions", "legalBasis", "onlineServiceUrl", "onlineService", "notes", "confidence", "sources", "keywords");
    private static final Set<String> METHOD_FIELDS = Set.of("channel", "processingTime", "processingDays", "fees", "note");
    private static final Set<String> FEE_FIELDS = Set.of("label", "amount", "unit", "note");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("name", "originals", "copies", "note");
    private static final Set<String> FORM_FIELDS = Set.of("name", "url");

    private CatalogFormat() {
    }

    /** A catalogue read from a file: its title and source as the file states them, and its procedures. */
    public record Catalog(String title, String source, List<Procedure> procedures) {
    }

    /**
     * Reads and validates a whole file.
     *
     * @throws CatalogImportException with every problem found; nothing is returned in part
     */
    public static Catalog read(InputStream in) {
        return new FileReading().read(in);
    }

    /** The state of reading one file: what was seen so far and every problem found. */
    private static final class FileReading {
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<Procedure> procedures = new ArrayList<>();
        private final Set<String> seenCodes = new HashSet<>();
        private String title;
        private String source;
        private boolean sawFormat;
        private boolean sawVersion;
        private boolean sawProcedures;
        /** The 1-based position of the procedure being read, 0 outside the list. */
        private int record;
        private int recordCount;

        Catalog read(InputStream in) {
            boolean complete = false;
            try (JsonParser p = MAPPER.createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw fileProblem(p, "tệp phải là một đối tượng JSON { … }", "the file must be one JSON object { … }");
                }
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    topLevelField(p, p.currentName(), p.nextToken());
                }
                if (p.nextToken() != null) {
                    throw fileProblem(p, "có nội dung thừa sau đối tượng JSON", "unexpected content after the JSON object");
                }
                complete = true;
            } catch (FileProblem e) {
                problems.add(e.problem);
            } catch (JacksonException e) {
                var loc = e.getLocation();
                String column = loc == null || loc.getColumnNr() <= 0 ? "" : " (cột " + loc.getColumnNr() + ")";
                String columnEn = column.isEmpty() ? "" : " (column " + loc.getColumnNr() + ")";
                problems.add(new ImportProblem(record, loc == null ? 0 : Math.max(0, loc.getLineNr()), null,
                        "JSON không hợp lệ" + column + ", kiểm tra dấu phẩy, dấu ngoặc, dấu nháy và tên trường lặp lại; "
                                + "chi tiết: " + e.getOriginalMessage(),
                        "malformed JSON" + columnEn + ": " + e.getOriginalMessage()));
            }
            if (complete) {
                if (!sawFormat) {
                    problems.add(new ImportProblem(0, 0, null, "thiếu \"format\": \"" + FORMAT + "\"",
                            "missing \"format\": \"" + FORMAT + "\""));
                }
                if (!sawVersion) {
                    problems.add(new ImportProblem(0, 0, null, "thiếu \"formatVersion\": " + VERSION,
                            "missing \"formatVersion\": " + VERSION));
                }
                if (!sawProcedures) {
                    problems.add(new ImportProblem(0, 0, null, "thiếu danh sách \"procedures\"",
                            "missing the \"procedures\" list"));
                } else if (recordCount == 0) {
                    problems.add(new ImportProblem(0, 0, null, "danh mục không có thủ tục nào",
                            "the catalogue has no procedure"));
                }
            }
            if (!problems.isEmpty()) {
                throw new CatalogImportException(problems);
            }
            return new Catalog(title, source, List.copyOf(procedures));
        }

        private void topLevelField(JsonParser p, String name, JsonToken value) {
            switch (name) {
                case "format" -> {
                    sawFormat = true;
                    if (value != JsonToken.VALUE_STRING || !FORMAT.equals(p.getString())) {
                        // Not our file: whatever follows would only be noise.
                        throw fileProblem(p, "\"format\" phải là \"" + FORMAT + "\"", "\"format\" must be \"" + FORMAT + "\"");
                    }
                }
                case "formatVersion" -> {
                    sawVersion = true;
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() != VERSION) {
                        throw fileProblem(p, "phiên bản định dạng không được hỗ trợ (cần " + VERSION + ")",
                                "unsupported format version (expected " + VERSION + ")");
                    }
                }
                case "title" -> title = optionalText(p, name, value);
                case "source" -> source = optionalText(p, name, value);
                case "procedures" -> {
                    sawProcedures = true;
                    if (value != JsonToken.START_ARRAY) {
                        throw fileProblem(p, "\"procedures\" phải là một mảng [ … ]", "\"procedures\" must be an array [ … ]");
                    }
                    readProcedures(p);
                }
                default -> {
                    problems.add(new ImportProblem(0, p.currentTokenLocation().getLineNr(), null,
                            "trường không xác định \"" + name + "\" (có thể gõ sai tên)",
                            "unknown field \"" + name + "\" (a misspelt name?)"));
                    p.skipChildren();
                }
            }
        }

        private String optionalText(JsonParser p, String name, JsonToken value) {
            if (value == JsonToken.VALUE_STRING) {
                return p.getString();
            }
            if (value != JsonToken.VALUE_NULL) {
                problems.add(new ImportProblem(0, p.currentTokenLocation().getLineNr(), null,
                        "\"" + name + "\" phải là chuỗi văn bản", "\"" + name + "\" must be a string"));
                p.skipChildren();
            }
            return null;
        }

        private void readProcedures(JsonParser p) {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                record = ++recordCount;
                int line = p.currentTokenLocation().getLineNr();
                if (recordCount > MAX_PROCEDURES) {
                    throw fileProblem(p, "quá nhiều thủ tục (tối đa " + MAX_PROCEDURES + ")",
                            "too many procedures (at most " + MAX_PROCEDURES + ")");
                }
                if (t != JsonToken.START_OBJECT) {
                    problems.add(new ImportProblem(record, line, null, "mỗi thủ tục phải là một đối tượng { … }",
                            "each procedure must be an object { … }"));
                    p.skipChildren();
                    continue;
                }
                JsonNode node = p.readValueAsTree();
                String code = node.path("code").isString() ? node.path("code").asString() : null;
                try {
                    Procedure procedure = procedure(new Reader(node, ""));
                    if (!seenCodes.add(procedure.code().value())) {
                        problems.add(new ImportProblem(record, line, code, "mã thủ tục bị trùng với một thủ tục ở trên",
                                "duplicate procedure code (already used above)"));
                    } else {
                        procedures.add(procedure);
                    }
                } catch (FieldProblem e) {
                    problems.add(new ImportProblem(record, line, code, e.vi, e.en));
                } catch (IllegalArgumentException | NullPointerException e) {
                    String[] both = splitMessage(e.getMessage());
                    problems.add(new ImportProblem(record, line, code, both[0], both[1]));
                }
            }
            record = 0;
        }
    }

    private static Procedure procedure(Reader r) {
        r.onlyFields(PROCEDURE_FIELDS);
        String codeText = r.requiredText("code");
        ProcedureCode code;
        try {
            code = ProcedureCode.of(codeText);
        } catch (IllegalArgumentException e) {
            throw r.problem("code", "không hợp lệ: \"" + codeText + "\" (cần dạng 1.001193, hoặc mã tạm DP.TEN-VIET-TAT)",
                    "invalid: \"" + codeText + "\" (expected like 1.001193, or a provisional DP.SHORT-NAME)");
        }
        return r.wrap(() -> new Procedure(code,
                r.requiredText("name"), r.text("nameEn"), r.requiredText("field"), r.text("fieldEn"),
                r.requiredText("level"), r.texts("steps"),
                r.objects("methods", CatalogFormat::method), r.objects("documents", CatalogFormat::document),
                r.objects("forms", CatalogFormat::form), r.text("applicants"), r.text("handlingAgency"),
                r.text("decidingAgency"), r.text("result"), r.text("conditions"), r.texts("legalBasis"),
                r.text("onlineServiceUrl"), r.text("onlineService"), r.text("notes"), r.text("confidence"),
                r.texts("sources"), r.texts("keywords")));
    }

    private static SubmissionMethod method(Reader r) {
        r.onlyFields(METHOD_FIELDS);
        String channel = r.requiredText("channel");
        SubmissionMethod.Channel c;
        try {
            c = SubmissionMethod.Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            throw r.problem("channel", "phải là IN_PERSON, ONLINE hoặc POST, không phải \"" + channel + "\"",
                    "must be IN_PERSON, ONLINE or POST, not \"" + channel + "\"");
        }
        return r.wrap(() -> new SubmissionMethod(c, r.text("processingTime"), r.integer("processingDays"),
                r.objects("fees", CatalogFormat::fee), r.text("note")));
    }

    private static Fee fee(Reader r) {
        r.onlyFields(FEE_FIELDS);
        Long amount = r.longValue("amount");
        return r.wrap(() -> new Fee(r.requiredText("label"), amount == null ? null : Money.dong(amount),
                r.text("unit"), r.text("note")));
    }

    private static RequiredDocument document(Reader r) {
        r.onlyFields(DOCUMENT_FIELDS);
        return r.wrap(() -> new RequiredDocument(r.requiredText("name"), r.integer("originals"), r.integer("copies"),
                r.text("note")));
    }

    private static Form form(Reader r) {
        r.onlyFields(FORM_FIELDS);
        return r.wrap(() -> new Form(r.requiredText("name"), r.text("url")));
    }

    // ---------------------------------------------------------------- writing

    /** One procedure as the format writes it: the same shape the importer reads. */
    public static ObjectNode toJson(Procedure p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", p.code().value());
        o.put("name", p.name());
        putIfPresent(o, "nameEn", p.nameEn());
        o.put("field", p.field());
        putIfPresent(o, "fieldEn", p.fieldEn());
        o.put("level", p.level());
        strings(o, "steps", p.steps());
        ArrayNode methods = o.putArray("methods");
        for (SubmissionMethod m : p.methods()) {
            ObjectNode mo = methods.addObject();
            mo.put("channel", m.channel().name());
            putIfPresent(mo, "processingTime", m.processingTime());
            if (m.processingDays() != null) {
                mo.put("processingDays", m.processingDays());
            }
            ArrayNode fees = mo.putArray("fees");
            for (Fee f : m.fees()) {
                ObjectNode fo = fees.addObject();
                fo.put("label", f.label());
                if (f.amount() == null) {
                    fo.putNull("amount");
                } else {
                    fo.put("amount", f.amount().dong());
                }
                putIfPresent(fo, "unit", f.unit());
                putIfPresent(fo, "note", f.note());
            }
            putIfPresent(mo, "note", m.note());
        }
        ArrayNode docs = o.putArray("documents");
        for (RequiredDocument d : p.documents()) {
            ObjectNode dobj = docs.addObject();
            dobj.put("name", d.name());
            if (d.originals() != null) {
                dobj.put("originals", d.originals());
            }
            if (d.copies() != null) {
                dobj.put("copies", d.copies());
            }
            putIfPresent(dobj, "note", d.note());
        }
        ArrayNode forms = o.putArray("forms");
        for (Form f : p.forms()) {
            ObjectNode fo = forms.addObject();
            fo.put("name", f.name());
            putIfPresent(fo, "url", f.url());
        }
        putIfPresent(o, "applicants", p.applicants());
        putIfPresent(o, "handlingAgency", p.handlingAgency());
        putIfPresent(o, "decidingAgency", p.decidingAgency());
        putIfPresent(o, "result", p.result());
        putIfPresent(o, "conditions", p.conditions());
        strings(o, "legalBasis", p.legalBasis());
        putIfPresent(o, "onlineServiceUrl", p.onlineServiceUrl());
        putIfPresent(o, "onlineService", p.onlineService());
        putIfPresent(o, "notes", p.notes());
        putIfPresent(o, "confidence", p.confidence());
        strings(o, "sources", p.sources());
        strings(o, "keywords", p.keywords());
        return o;
    }

    public static String toJsonString(Procedure p) {
        return MAPPER.writeValueAsString(toJson(p));
    }

    /** Reads back one procedure written by {@link #toJsonString}. */
    public static Procedure fromJsonString(String json) {
        return procedure(new Reader(MAPPER.readTree(json), ""));
    }

    /** Writes a whole catalogue file, pretty-printed, UTF-8, ending with a newline; {@code out} is left open. */
    public static void write(Catalog catalog, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        putIfPresent(root, "title", catalog.title());
        putIfPresent(root, "source", catalog.source());
        ArrayNode list = root.putArray("procedures");
        catalog.procedures().forEach(p -> list.add(toJson(p)));
        MAPPER.writer().with(PRETTY).writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    private static void putIfPresent(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void strings(ObjectNode o, String name, List<String> values) {
        ArrayNode a = o.putArray(name);
        values.forEach(a::add);
    }

    // ---------------------------------------------------------------- helpers

    private static String[] splitMessage(String message) {
        if (message == null) {
            return new String[] {"dữ liệu không hợp lệ", "invalid data"};
        }
        int slash = message.indexOf(" / ");
        return slash < 0 ? new String[] {message, message}
                : new String[] {message.substring(0, slash), message.substring(slash + 3)};
    }

    private static FileProblem fileProblem(JsonParser p, String vi, String en) {
        return new FileProblem(new ImportProblem(0, p.currentTokenLocation().getLineNr(), null, vi, en));
    }

    private static final class FileProblem extends RuntimeException {
        private final transient ImportProblem problem;

        FileProblem(ImportProblem problem) {
            super(problem.describe(), null, false, false);
            this.problem = problem;
        }
    }

    /** What is wrong with one procedure, already saying where, in both languages. */
    private static final class FieldProblem extends IllegalArgumentException {
        private final String vi;
        private final String en;

        FieldProblem(String vi, String en) {
            super(vi + " / " + en);
            this.vi = vi;
            this.en = en;
        }
    }

    /** The legal term for each field, so that an officer reading a problem knows what "amount" is. */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("code", "mã thủ tục"), Map.entry("name", "tên"), Map.entry("nameEn", "tên tiếng Anh"),
            Map.entry("field", "lĩnh vực"), Map.entry("fieldEn", "lĩnh vực tiếng Anh"),
            Map.entry("level", "cấp thực hiện"), Map.entry("steps", "trình tự thực hiện"),
            Map.entry("methods", "cách thức thực hiện"), Map.entry("documents", "thành phần hồ sơ"),
            Map.entry("forms", "mẫu đơn, tờ khai"), Map.entry("applicants", "đối tượng thực hiện"),
            Map.entry("handlingAgency", "cơ quan thực hiện"), Map.entry("decidingAgency", "cơ quan có thẩm quyền"),
            Map.entry("result", "kết quả thực hiện"), Map.entry("conditions", "yêu cầu, điều kiện"),
            Map.entry("legalBasis", "căn cứ pháp lý"), Map.entry("onlineServiceUrl", "đường dẫn dịch vụ công"),
            Map.entry("onlineService", "mức độ dịch vụ công trực tuyến"), Map.entry("notes", "ghi chú"),
            Map.entry("confidence", "độ tin cậy"), Map.entry("sources", "nguồn"), Map.entry("keywords", "từ khóa"),
            Map.entry("channel", "kênh nộp"), Map.entry("processingTime", "thời hạn giải quyết"),
            Map.entry("processingDays", "số ngày giải quyết"), Map.entry("fees", "phí, lệ phí"),
            Map.entry("note", "ghi chú"), Map.entry("label", "tên khoản phí"), Map.entry("amount", "mức thu"),
            Map.entry("unit", "đơn vị tính"), Map.entry("originals", "số bản chính"), Map.entry("copies", "số bản sao"),
            Map.entry("url", "đường dẫn"));

    /** Reads typed values out of one JSON object, naming the path of whatever is wrong. */
    private record Reader(JsonNode node, String path) {

        String at(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        /** "trường "methods[0].fees[1].amount" (mức thu): …" / "field "methods[0].fees[1].amount": …". */
        FieldProblem problem(String name, String vi, String en) {
            return located(at(name), vi, en);
        }

        static FieldProblem located(String where, String vi, String en) {
            if (where.isEmpty()) {
                return new FieldProblem(vi, en);
            }
            String leaf = where.substring(where.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
            String term = TERMS.get(leaf);
            return new FieldProblem("trường \"" + where + "\"" + (term == null ? "" : " (" + term + ")") + ": " + vi,
                    "field \"" + where + "\": " + en);
        }

        /** Runs a model constructor, saying where its complaint applies. */
        <T> T wrap(java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (FieldProblem e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                String[] both = splitMessage(e.getMessage());
                throw located(path, both[0], both[1]);
            }
        }

        void onlyFields(Set<String> allowed) {
            if (!node.isObject()) {
                throw located(path, "phải là một đối tượng { … }", "must be an object { … }");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                String name = it.next().getKey();
                if (!allowed.contains(name)) {
                    throw problem(name, "trường không xác định (có thể gõ sai tên)", "unknown field (a misspelt name?)");
                }
            }
        }

        String text(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isString()) {
                throw problem(name, "phải là chuỗi văn bản", "must be a string");
            }
            return v.asString();
        }

        String requiredText(String name) {
            String v = text(name);
            if (v == null || v.isBlank()) {
                throw problem(name, "bắt buộc, không được để trống", "required, must not be empty");
            }
            return v;
        }

        Integer integer(String name) {
            Long v = longValue(name);
            if (v == null) {
                return null;
            }
            if (v > Integer.MAX_VALUE) {
                throw problem(name, "số quá lớn", "number too large");
            }
            return v.intValue();
        }

        Long longValue(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw problem(name, "phải là số nguyên, không có dấu chấm phân cách (ví dụ 50000)",
                        "must be a whole number, no separators (e.g. 50000)");
            }
            long value = v.asLong();
            if (value < 0) {
                throw problem(name, "không được là số âm", "must not be negative");
            }
            return value;
        }

        List<String> texts(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw problem(name, "phải là một mảng chuỗi [\"…\"]", "must be an array of strings [\"…\"]");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                if (!item.isString() || item.asString().isBlank()) {
                    throw problem(name + "[" + i + "]", "phải là chuỗi không rỗng", "must be a non-empty string");
                }
                out.add(item.asString());
            }
            return out;
        }

        <T> List<T> objects(String name, Function<Reader, T> read) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw problem(name, "phải là một mảng [ … ]", "must be an array [ … ]");
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                out.add(read.apply(new Reader(v.get(i), at(name) + "[" + i + "]")));
            }
            return out;
        }
    }
}
