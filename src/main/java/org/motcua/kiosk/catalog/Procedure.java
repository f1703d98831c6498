package org.motcua.kiosk.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An administrative procedure (thủ tục hành chính) with every part NĐ 63/2010 Điều 8.2 says must be posted.
 * Content is data keyed on the national code; fees, times and levels differ by province.
 * Text fields that a source does not give are null (lists empty): the screens say "chưa có thông tin".
 *
 * @param code national code, e.g. 1.001193
 * @param name Vietnamese name as published
 * @param nameEn English name, may be null
 * @param field lĩnh vực, e.g. "Hộ tịch"
 * @param fieldEn English name of the field, may be null
 * @param level level that handles it, as data: "commune", "province" (since 07/2025 there is no district)
 * @param steps trình tự thực hiện
 * @param methods cách thức thực hiện, each with its processing time and fees; at least one
 * @param documents thành phần hồ sơ
 * @param forms mẫu đơn, tờ khai
 * @param applicants đối tượng thực hiện
 * @param handlingAgency cơ quan thực hiện
 * @param decidingAgency cơ quan có thẩm quyền quyết định
 * @param result kết quả thực hiện
 * @param conditions yêu cầu, điều kiện
 * @param legalBasis căn cứ pháp lý
 * @param onlineServiceUrl the procedure's page on the public-service portal, may be null
 * @param onlineService how far it can be done online, in words; may be null
 * @param notes caveats of the source, shown to the citizen
 * @param confidence how sure the source is: "confirmed", "recollection" or "listed"
 * @param sources where the record comes from
 * @param keywords extra everyday words that should find it
 */
public record Procedure(
        ProcedureCode code,
        String name,
        String nameEn,
        String field,
        String fieldEn,
        String level,
        List<String> steps,
        List<SubmissionMethod> methods,
        List<RequiredDocument> documents,
        List<Form> forms,
        String applicants,
        String handlingAgency,
        String decidingAgency,
        String result,
        String conditions,
        List<String> legalBasis,
        String onlineServiceUrl,
        String onlineService,
        String notes,
        String confidence,
        List<String> sources,
        List<String> keywords) {

    public Procedure {
        Objects.requireNonNull(code, "mã thủ tục trống / the procedure code is empty");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tên thủ tục trống / the procedure name is empty");
        }
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("lĩnh vực trống / the field is empty");
        }
        if (level == null || level.isBlank()) {
            throw new IllegalArgumentException("cấp thực hiện trống / the level is empty");
        }
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException(
                    "thiếu cách thức thực hiện (ít nhất một) / at least one submission method is required");
        }
        name = name.strip();
        field = field.strip();
        level = level.strip();
        nameEn = Fee.blankToNull(nameEn);
        fieldEn = Fee.blankToNull(fieldEn);
        applicants = Fee.blankToNull(applicants);
        handlingAgency = Fee.blankToNull(handlingAgency);
        decidingAgency = Fee.blankToNull(decidingAgency);
        result = Fee.blankToNull(result);
        conditions = Fee.blankToNull(conditions);
        onlineServiceUrl = Fee.blankToNull(onlineServiceUrl);
        onlineService = Fee.blankToNull(onlineService);
        notes = Fee.blankToNull(notes);
        confidence = Fee.blankToNull(confidence);
        if (onlineServiceUrl != null && !onlineServiceUrl.startsWith("https://") && !onlineServiceUrl.startsWith("http://")) {
            throw new IllegalArgumentException("đường dẫn dịch vụ công không hợp lệ: " + onlineServiceUrl
                    + " / the online-service link must be http(s)");
        }
        steps = nonBlank(steps, "trình tự thực hiện / steps");
        methods = List.copyOf(methods);
        documents = documents == null ? List.of() : List.copyOf(documents);
        forms = forms == null ? List.of() : List.copyOf(forms);
        legalBasis = nonBlank(legalBasis, "căn cứ pháp lý / legal basis");
        sources = nonBlank(sources, "nguồn / sources");
        keywords = nonBlank(keywords, "từ khóa / keywords");
    }

    /** Every fee of every channel, each once, in the order published. */
    public List<Fee> fees() {
        Set<Fee> all = new LinkedHashSet<>();
        methods.forEach(m -> all.addAll(m.fees()));
        return new ArrayList<>(all);
    }

    /** The in-person channel if there is one, else the first channel. */
    public SubmissionMethod mainMethod() {
        return methods.stream()
                .filter(m -> m.channel() == SubmissionMethod.Channel.IN_PERSON)
                .findFirst()
                .orElse(methods.getFirst());
    }

    private static List<String> nonBlank(List<String> items, String what) {
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            if (item == null || item.isBlank()) {
                throw new IllegalArgumentException("mục trống trong " + what + " / an empty entry in " + what);
            }
            out.add(item.strip());
        }
        return List.copyOf(out);
    }
}
