package org.motcua.kiosk.queue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of ticket (loại dịch vụ): a letter prefix (A, B, C...), the fields of procedures it covers, when it issues
 * tickets, how many a day at most, and the range its numbers run through before wrapping.
 *
 * @param id stable identifier, e.g. "ho-tich"
 * @param prefix one or two capital letters shown before the number: A001
 * @param name Vietnamese name shown on the kiosk
 * @param nameEn English name, may be null
 * @param fields procedure fields (lĩnh vực) that this service serves
 * @param hours when tickets are issued
 * @param dailyLimit at most this many tickets a day, or null for no limit
 * @param firstNumber first number of the range, e.g. 1
 * @param lastNumber last number of the range, e.g. 999; after it numbering wraps to the first
 * @param sortOrder position on the kiosk
 * @param active inactive services are not offered
 */
public record ServiceType(String id, String prefix, String name, String nameEn, List<String> fields,
                          OpeningHours hours, Integer dailyLimit, int firstNumber, int lastNumber, int sortOrder,
                          boolean active) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,2}");

    public ServiceType {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("mã dịch vụ chỉ gồm chữ thường không dấu, số, gạch ngang: \"" + id
                    + "\" / a service id has lower-case letters, digits and dashes: \"" + id + "\"");
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("chữ cái đầu số phải là 1–2 chữ in hoa: \"" + prefix
                    + "\" / the prefix must be 1–2 capital letters: \"" + prefix + "\"");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tên dịch vụ trống / the service has no name");
        }
        if (firstNumber < 0 || lastNumber > 9999 || lastNumber - firstNumber < 9) {
            throw new IllegalArgumentException("dãy số không hợp lệ: " + firstNumber + "–" + lastNumber
                    + " (ít nhất 10 số, tối đa 9999) / invalid number range: " + firstNumber + "–" + lastNumber);
        }
        if (dailyLimit != null && dailyLimit < 1) {
            throw new IllegalArgumentException("giới hạn số trong ngày phải lớn hơn 0 / the daily limit must be positive");
        }
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Digits shown: 3 for ranges up to 999 (A001), 4 above (A0001). */
    public int digits() {
        return lastNumber > 999 ? 4 : 3;
    }

    public String display(int number) {
        return prefix + String.format("%0" + digits() + "d", number);
    }

    public int rangeSize() {
        return lastNumber - firstNumber + 1;
    }
}
