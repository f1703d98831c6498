package org.motcua.kiosk.hub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.motcua.kiosk.queue.PriorityGroup;
import org.motcua.kiosk.survey.Channel;
import org.motcua.kiosk.survey.Criterion;
import org.motcua.kiosk.survey.Rating;
import org.motcua.kiosk.survey.RatingScale;
import org.motcua.kiosk.survey.Reason;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one batch body of {@code docs/sync-protocol.md} strictly: every field known, of its type, within its range,
 * each required one present, or the whole batch is refused with every problem found (record by record). Nothing
 * here touches the database; what it accepts fits the columns, so storing it cannot fail on the caller's data.
 */
final class BatchReader {

    /** Problems listed at most in one answer; their count is always given. */
    static final int PROBLEMS_LISTED = 100;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> BATCH_FIELDS = Set.of("kioskId", "batchId", "records");
    private static final Set<String> EVENT_FIELDS = Set.of("type", "id", "ticketId", "eventType", "happenedAt",
            "serviceId", "counter", "officer", "detail", "ticketDay", "ticketDisplay", "priority", "procedureCode");
    private static final Set<String> RATING_FIELDS = Set.of("type", "id", "recordedAt", "channel", "scaleSize",
            "level", "dissatisfied", "ticketId", "ticketDisplay", "dossierCode", "serviceId", "field", "counter",
            "officer", "answers", "reasons", "comment", "counted", "flag");
    static final List<String> EVENT_TYPES = List.of("ISSUED", "CALLED", "RECALLED", "SERVING", "TRANSFERRED",
            "RETURNED", "NO_SHOW", "FINISHED");
    /** Times a kiosk can have recorded: anything outside is a broken clock or a broken sender. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    /** One queue event as the kiosk sent it. */
    record QueueEventRecord(UUID id, UUID ticketId, String eventType, Instant happenedAt, String serviceId,
                            Integer counter, String officer, String detail, LocalDate ticketDay, String ticketDisplay,
                            PriorityGroup priority, String procedureCode) {
    }

    /** A batch as read: its records by kind, in the order sent. */
    record Batch(String kioskId, UUID batchId, List<QueueEventRecord> events, List<Rating> ratings) {
        int size() {
            return events.size() + ratings.size();
        }
    }

    /** What is wrong, where: record 1 is the first of {@code records}, 0 the batch itself. */
    record Problem(int record, String field, String reason) {
    }

    /** The batch is refused: 400, or 413 for too many records; {@code kioskId} as sent when it could be read. */
    static final class Refused extends RuntimeException {
        final boolean tooLarge;
        final String messageVi;
        final String messageEn;
        final transient List<Problem> problems;
        final String kioskId;

        Refused(boolean tooLarge, String vi, String en, List<Problem> problems, String kioskId) {
            super(en, null, false, false);
            this.tooLarge = tooLarge;
            this.messageVi = vi;
            this.messageEn = en;
            this.problems = problems;
            this.kioskId = kioskId;
        }
    }

    private final int maxRecords;

    BatchReader(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    Batch read(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (" + at.getLineNr() + ":" + at.getColumnNr() + ")";
            throw new Refused(false, "JSON không hợp lệ" + where + ": " + e.getOriginalMessage(),
                    "malformed JSON" + where + ": " + e.getOriginalMessage(), List.of(), null);
        }
        if (root == null || !root.isObject()) {
            throw new Refused(false, "nội dung phải là một đối tượng JSON { … }", "the body must be one JSON object { … }",
                    List.of(), null);
        }
        List<Problem> problems = new ArrayList<>();
        Fields top = new Fields(root, 0, BATCH_FIELDS, problems);
        String kioskId = top.string("kioskId", true, 60);
        UUID batchId = top.uuid("batchId", true);
        JsonNode records = root.get("records");
        List<QueueEventRecord> events = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        if (records == null) {
            problems.add(new Problem(0, "records", "thiếu / missing"));
        } else if (!records.isArray()) {
            problems.add(new Problem(0, "records", "phải là một mảng / must be an array"));
        } else if (records.size() > maxRecords) {
            throw new Refused(true, "lô quá lớn: " + records.size() + " bản ghi, tối đa " + maxRecords,
                    "batch too large: " + records.size() + " records, at most " + maxRecords, List.of(), kioskId);
        } else if (records.isEmpty()) {
            problems.add(new Problem(0, "records", "cần ít nhất 1 bản ghi / at least 1 record needed"));
        } else {
            for (int i = 0; i < records.size(); i++) {
                record(records.get(i), i + 1, problems, events, ratings);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(false, "lô không hợp lệ: " + problems.size() + " lỗi, xem problems; không lưu bản ghi nào",
                    "invalid batch: " + problems.size() + " problems, see problems; nothing was stored",
                    problems.subList(0, Math.min(problems.size(), PROBLEMS_LISTED)), kioskId);
        }
        return new Batch(kioskId, batchId, events, ratings);
    }

    private static void record(JsonNode node, int index, List<Problem> problems, List<QueueEventRecord> events,
                               List<Rating> ratings) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(index, null, "bản ghi phải là một đối tượng JSON / a record must be a JSON object"));
            return;
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isString()) {
            problems.add(new Problem(index, "type", type == null ? "thiếu / missing"
                    : "phải là \"ticketEvent\" hoặc \"rating\" / must be \"ticketEvent\" or \"rating\""));
            return;
        }
        switch (type.stringValue()) {
            case "ticketEvent" -> {
                QueueEventRecord e = event(new Fields(node, index, EVENT_FIELDS, problems));
                if (e != null) {
                    events.add(e);
                }
            }
            case "rating" -> {
                Rating r = rating(new Fields(node, index, RATING_FIELDS, problems));
                if (r != null) {
                    ratings.add(r);
                }
            }
            default -> problems.add(new Problem(index, "type",
                    "phải là \"ticketEvent\" hoặc \"rating\" / must be \"ticketEvent\" or \"rating\""));
        }
    }

    private static QueueEventRecord event(Fields f) {
        QueueEventRecord e = new QueueEventRecord(f.uuid("id", true), f.uuid("ticketId", true),
                f.oneOf("eventType", EVENT_TYPES, true), f.instant("happenedAt"), f.string("serviceId", true, 40),
                f.integer("counter", false, 0, Integer.MAX_VALUE), f.string("officer", false, 40),
                f.string("detail", false, 200), f.day("ticketDay"), f.string("ticketDisplay", true, 8),
                f.constant("priority", PriorityGroup.class, false), f.string("procedureCode", false, 60));
        return f.ok() ? e : null;
    }

    private static Rating rating(Fields f) {
        UUID id = f.uuid("id", true);
        Instant at = f.instant("recordedAt");
        Channel channel = f.constant("channel", Channel.class, true);
        Integer scale = f.integer("scaleSize", true, 3, 5);
        // Within the kiosk's scale: 1 (best) to scaleSize.
        Integer level = f.integer("level", true, 1, scale == null ? 5 : scale);
        Boolean dissatisfied = f.bool("dissatisfied");
        UUID ticket = f.uuid("ticketId", false);
        String display = f.string("ticketDisplay", false, 8);
        String dossier = f.string("dossierCode", false, 40);
        String service = f.string("serviceId", false, 40);
        String field = f.string("field", false, 300);
        Integer counter = f.integer("counter", false, 0, Integer.MAX_VALUE);
        String officer = f.string("officer", false, 40);
        Map<Criterion, Integer> answers = f.answers("answers");
        Set<Reason> reasons = f.reasons("reasons");
        String comment = f.string("comment", false, 1000);
        Boolean counted = f.bool("counted");
        Rating.Flag flag = f.constant("flag", Rating.Flag.class, false);
        if (flag != null && Boolean.TRUE.equals(counted)) {
            f.problem("counted", "phải là false khi có flag / must be false when flagged");
        }
        // the flag the office's count of "không hài lòng" reads must be the one its level means on its scale
        if (scale != null && level != null && dissatisfied != null
                && dissatisfied != new RatingScale(scale, false).dissatisfied(level)) {
            f.problem("dissatisfied", "trái với mức " + level + " trên thang " + scale + " mức / contradicts level "
                    + level + " on a scale of " + scale);
        }
        if (!f.ok()) {
            return null;
        }
        return new Rating(id, at, channel, scale, level, dissatisfied, ticket, display, dossier, service, field,
                counter, officer, answers, reasons, comment, counted, flag);
    }

    /** Reads the fields of one object, noting each problem; a value with a problem reads as null. */
    private static final class Fields {
        private final JsonNode node;
        private final int record;
        private final List<Problem> problems;
        private final int problemsBefore;

        Fields(JsonNode node, int record, Set<String> known, List<Problem> problems) {
            this.node = node;
            this.record = record;
            this.problems = problems;
            this.problemsBefore = problems.size();
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    problem(name, "trường không được biết / unknown field");
                }
            }
        }

        boolean ok() {
            return problems.size() == problemsBefore;
        }

        void problem(String field, String reason) {
            problems.add(new Problem(record, field, reason));
        }

        /** The value, or null when absent or null; a required one absent or null is a problem. */
        private JsonNode value(String name, boolean required) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(name, v == null ? "thiếu / missing" : "không được là null / must not be null");
                }
                return null;
            }
            return v;
        }

        String string(String name, boolean required, int maxLength) {
            JsonNode v = value(name, required);
            if (v == null) {
                return null;
            }
            if (!v.isString()) {
                problem(name, "phải là chuỗi / must be a string");
                return null;
            }
            String s = v.stringValue();
            if (required && s.isBlank()) {
                problem(name, "không được để trống / must not be empty");
                return null;
            }
            if (s.length() > maxLength) {
                problem(name, "dài quá " + maxLength + " ký tự / longer than " + maxLength + " characters");
                return null;
            }
            if (s.indexOf('\0') >= 0) {
                problem(name, "chứa ký tự NUL / contains a NUL character");
                return null;
            }
            // half of a UTF-16 pair ("\ud800" in the JSON) is no character: PostgreSQL would store it as "?"
            if (s.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
                problem(name, "chứa nửa ký tự (UTF-16 surrogate lẻ) / contains a lone UTF-16 surrogate");
                return null;
            }
            return s;
        }

        UUID uuid(String name, boolean required) {
            String s = string(name, required, 36);
            if (s == null) {
                return null;
            }
            try {
                UUID u = UUID.fromString(s);
                if (u.toString().equalsIgnoreCase(s)) {
                    return u;
                }
            } catch (IllegalArgumentException e) {
                // told below
            }
            problem(name, "không phải UUID / not a UUID");
            return null;
        }

        Instant instant(String name) {
            String s = string(name, true, 40);
            if (s == null) {
                return null;
            }
            try {
                Instant i = Instant.parse(s);
                if (i.isBefore(EARLIEST) || !i.isBefore(LATEST)) {
                    problem(name, "ngoài khoảng 2000–2099 / outside 2000–2099");
                    return null;
                }
                return i;
            } catch (DateTimeParseException e) {
                problem(name, "phải là thời điểm ISO-8601 UTC như 2026-11-21T01:02:03.456Z"
                        + " / must be an ISO-8601 instant like 2026-11-21T01:02:03.456Z");
                return null;
            }
        }

        LocalDate day(String name) {
            String s = string(name, true, 10);
            if (s == null) {
                return null;
            }
            try {
                LocalDate d = LocalDate.parse(s);
                if (d.getYear() < 2000 || d.getYear() > 2099) {
                    problem(name, "ngoài khoảng 2000–2099 / outside 2000–2099");
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                problem(name, "phải là ngày ISO như 2026-11-21 / must be an ISO date like 2026-11-21");
                return null;
            }
        }

        Integer integer(String name, boolean required, int min, int max) {
            JsonNode v = value(name, required);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                problem(name, "phải là số nguyên / must be a whole number");
                return null;
            }
            int i = v.intValue();
            if (i < min || i > max) {
                problem(name, "phải từ " + min + " đến " + max + " / must be from " + min + " to " + max);
                return null;
            }
            return i;
        }

        Boolean bool(String name) {
            JsonNode v = value(name, true);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                problem(name, "phải là true hoặc false / must be true or false");
                return null;
            }
            return v.booleanValue();
        }

        String oneOf(String name, List<String> allowed, boolean required) {
            String s = string(name, required, 40);
            if (s != null && !allowed.contains(s)) {
                problem(name, "phải là một trong / must be one of " + allowed);
                return null;
            }
            return s;
        }

        <E extends Enum<E>> E constant(String name, Class<E> type, boolean required) {
            String s = oneOf(name, EnumSet.allOf(type).stream().map(Enum::name).toList(), required);
            return s == null ? null : Enum.valueOf(type, s);
        }

        /** The TT 01 answers: an object of criterion to 0–2; null or absent is none. */
        Map<Criterion, Integer> answers(String name) {
            JsonNode v = value(name, false);
            Map<Criterion, Integer> answers = new EnumMap<>(Criterion.class);
            if (v == null) {
                return answers;
            }
            if (!v.isObject()) {
                problem(name, "phải là một đối tượng / must be an object");
                return answers;
            }
            for (var e : v.properties()) {
                Criterion c;
                try {
                    c = Criterion.valueOf(e.getKey());
                } catch (IllegalArgumentException x) {
                    problem(name + "." + e.getKey(), "phải là một trong / must be one of "
                            + EnumSet.allOf(Criterion.class));
                    continue;
                }
                JsonNode points = e.getValue();
                if (!points.isIntegralNumber() || !points.canConvertToInt() || points.intValue() < 0
                        || points.intValue() > 2) {
                    problem(name + "." + e.getKey(), "phải là 0, 1 hoặc 2 / must be 0, 1 or 2");
                    continue;
                }
                answers.put(c, points.intValue());
            }
            return answers;
        }

        /** The reasons: an array of names; null or absent is none. */
        Set<Reason> reasons(String name) {
            JsonNode v = value(name, false);
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            if (v == null) {
                return reasons;
            }
            if (!v.isArray()) {
                problem(name, "phải là một mảng / must be an array");
                return reasons;
            }
            for (JsonNode r : v) {
                try {
                    if (!r.isString()) {
                        throw new IllegalArgumentException();
                    }
                    reasons.add(Reason.valueOf(r.stringValue()));
                } catch (IllegalArgumentException x) {
                    problem(name, "phải là các giá trị trong / must hold values of " + EnumSet.allOf(Reason.class));
                    return reasons;
                }
            }
            return reasons;
        }
    }
}
