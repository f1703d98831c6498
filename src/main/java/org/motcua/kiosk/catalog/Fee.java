package org.motcua.kiosk.catalog;

import org.motcua.kiosk.base.Money;

/**
 * One fee or charge (phí, lệ phí). {@code amount} is null when the amount is not known: the screens then say
 * "chưa có thông tin", never 0. An amount of 0 is a real "miễn phí".
 *
 * @param label what the fee is for, in Vietnamese
 * @param amount in đồng, or null when unknown
 * @param unit what one amount pays for, e.g. "đồng/bản"; may be null
 * @param note the source's caveat or the fee as published in words; may be null
 */
public record Fee(String label, Money amount, String unit, String note) {

    public Fee {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("phí, lệ phí thiếu tên / a fee has no label");
        }
        label = label.strip();
        unit = blankToNull(unit);
        note = blankToNull(note);
    }

    public boolean isKnown() {
        return amount != null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
