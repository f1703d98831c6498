package org.motcua.kiosk.base;

/**
 * A code of digits as people read it out and type it: in groups of three ("482 913 067"), as setup codes and
 * pairing codes are printed, shown and logged.
 */
public final class DigitGroups {

    private DigitGroups() {
    }

    /** "482913067" as "482 913 067"; a last group may be shorter. */
    public static String inThrees(String digits) {
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i += 3) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(digits, i, Math.min(i + 3, digits.length()));
        }
        return grouped.toString();
    }
}
