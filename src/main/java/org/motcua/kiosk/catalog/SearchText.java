package org.motcua.kiosk.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.motcua.kiosk.base.VietnameseText;

/**
 * How search sees Vietnamese text: words, each as typed (lower case, marks kept) and as a matching key
 * (folded by {@link VietnameseText#fold}, with a final "y" after a consonant spelt "i", since "ký" and "kí",
 * "lý" and "lí" are both in use). Also the bounded edit distance used for typos.
 */
final class SearchText {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private SearchText() {
    }

    /**
     * One word of a query: its key, its exact form when typed with marks (else null), and whether it may be
     * the start of a longer word (the last word while the citizen is still typing).
     */
    record Word(String key, String exact, boolean partial) {
    }

    /** Appends every word of {@code text}: its lower-case composed form to {@code exact}, its key to {@code keys}. */
    static void words(String text, List<String> exact, List<String> keys) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VI);
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !isWordChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = s.substring(start, i);
                String key = key(VietnameseText.fold(word));
                if (!key.isEmpty()) {
                    exact.add(word);
                    keys.add(key);
                }
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The matching key of one folded word: a final "y" after a consonant becomes "i" ("ky" and "ki" meet). */
    static String key(String folded) {
        int n = folded.length();
        if (n >= 2 && folded.charAt(n - 1) == 'y' && "bcdghklmnprstvx".indexOf(folded.charAt(n - 2)) >= 0) {
            return folded.substring(0, n - 1) + 'i';
        }
        return folded;
    }

    /** True when a word as typed carries a tone or vowel mark or đ, so that its exact spelling means something. */
    static boolean hasMarks(String exact) {
        return !exact.equals(VietnameseText.fold(exact));
    }

    /** Keys of words that join others ("cho", "của", "và", "đối với"); counted at a fraction of their weight. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            // not "doi" (đổi), "tu" (tử), "do" (đỏ), "de" (đề), "tai" (tài), "thi" (thi): they fold alike
            "cho", "cua", "va", "voi", "cac", "nhung", "co", "duoc", "trong", "theo", "ve", "la", "hoac", "den",
            "o", "mot", "nay", "khi", "bi");

    static boolean isFunctionWord(String key) {
        return FUNCTION_WORDS.contains(key);
    }

    static boolean isNumber(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One bit per letter a..z present; two words within edit distance d differ in at most 2d bits. */
    static int letters(String key) {
        int mask = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z') {
                mask |= 1 << (c - 'a');
            }
        }
        return mask;
    }

    /**
     * Edit distance with adjacent transpositions (optimal string alignment), or {@code max + 1} as soon as it
     * must exceed {@code max}. {@code row} is scratch of at least 3 * (b.length() + 1) ints.
     */
    static int distance(String a, String b, int max, int[] row) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int w = lb + 1;
        // three rolling rows: prev2 (i-2), prev (i-1), cur (i)
        int prev2 = 0;
        int prev = w;
        int cur = 2 * w;
        for (int j = 0; j <= lb; j++) {
            row[prev + j] = j;
        }
        for (int i = 1; i <= la; i++) {
            row[cur] = i;
            int best = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(row[prev + j] + 1, row[cur + j - 1] + 1), row[prev + j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, row[prev2 + j - 2] + 1);
                }
                row[cur + j] = v;
                best = Math.min(best, v);
            }
            if (best > max) {
                return max + 1;
            }
            int t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(row[prev + lb], max + 1);
    }
}
