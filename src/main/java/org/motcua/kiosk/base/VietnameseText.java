package org.motcua.kiosk.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of Vietnamese text for matching: "Đăng ký kết hôn" and "dang ky ket hon" fold to the same key.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * Lower case, tone marks and vowel marks removed, đ as d, anything that is not a letter or digit as a
     * single space, trimmed.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /** Lower case with every diacritic kept, composed (NFC), for display comparisons. */
    public static String lowerComposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
    }
}
