package org.motcua.kiosk.base;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * An amount in Vietnamese đồng. Written the Vietnamese way: a dot between thousands, "2.000 đồng".
 */
public record Money(long dong) {

    public Money {
        if (dong < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative: " + dong);
        }
    }

    public static Money dong(long amount) {
        return new Money(amount);
    }

    public boolean isFree() {
        return dong == 0;
    }

    /** "2.000" — the number alone, with Vietnamese grouping. */
    public String digits() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(dong);
    }

    /** "2.000 đồng". */
    @Override
    public String toString() {
        return digits() + " đồng";
    }
}
