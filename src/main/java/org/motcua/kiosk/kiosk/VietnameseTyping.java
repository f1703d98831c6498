package org.motcua.kiosk.kiosk;

import java.text.Normalizer;

/**
 * Puts a tone mark on the last word typed, the way a Vietnamese reader expects it: on the vowel that carries a
 * vowel mark (ơ in "ươ", ê, â...), otherwise on the main vowel of the syllable ("hoà"/"hòa" both read; we use the
 * classic "hòa"). "qu" and "gi" count as consonants. A tone replaces the one already there.
 */
public final class VietnameseTyping {

    public enum Tone {
        ACUTE('\u0301'), GRAVE('\u0300'), HOOK('\u0309'), TILDE('\u0303'), DOT('\u0323');

        final char mark;

        Tone(char mark) {
            this.mark = mark;
        }
    }

    private static final String VOWELS = "aeiouy";
    private static final String TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323";
    private static final String VOWEL_MARKS = "\u0302\u0306\u031B";

    private VietnameseTyping() {
    }

    /** The text with the tone put on the last word; unchanged when the last word has no vowel. */
    public static String applyTone(String text, Tone tone) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        int end = nfd.length();
        int start = end;
        while (start > 0 && (Character.isLetter(nfd.charAt(start - 1)) || isMark(nfd.charAt(start - 1)))) {
            start--;
        }
        if (start == end) {
            return text;
        }
        StringBuilder word = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (TONE_MARKS.indexOf(nfd.charAt(i)) < 0) {
                word.append(nfd.charAt(i));
            }
        }
        int target = toneTarget(word);
        if (target < 0) {
            return text;
        }
        int insertAt = target + 1;
        while (insertAt < word.length() && VOWEL_MARKS.indexOf(word.charAt(insertAt)) >= 0) {
            insertAt++;
        }
        word.insert(insertAt, tone.mark);
        return Normalizer.normalize(nfd.substring(0, start) + word, Normalizer.Form.NFC);
    }

    /** Index in the decomposed word of the base vowel that takes the tone, or -1. */
    private static int toneTarget(CharSequence word) {
        // Positions of base vowels, skipping the u of "qu" and the i of "gi" before another vowel.
        int[] vowels = new int[word.length()];
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (VOWELS.indexOf(c) < 0) {
                continue;
            }
            char prev = previousBase(word, i);
            boolean nextIsVowel = nextBaseIsVowel(word, i);
            if ((c == 'u' && prev == 'q') || (c == 'i' && prev == 'g' && nextIsVowel)) {
                continue;
            }
            vowels[n++] = i;
        }
        if (n == 0) {
            return -1;
        }
        // A vowel with a vowel mark takes the tone; in "ươ" it is the ơ (the last marked one).
        int marked = -1;
        for (int k = 0; k < n; k++) {
            int i = vowels[k];
            if (i + 1 < word.length() && VOWEL_MARKS.indexOf(word.charAt(i + 1)) >= 0) {
                marked = i;
            }
        }
        if (marked >= 0) {
            return marked;
        }
        if (n == 1) {
            return vowels[0];
        }
        boolean endsInVowel = vowels[n - 1] == lastBaseIndex(word);
        // Closed syllable ("toán", "khuyên"): the last vowel; open ("hòa", "mùa", "tuổi" handled above): the one before.
        return endsInVowel ? vowels[n - 2] : vowels[n - 1];
    }

    private static char previousBase(CharSequence word, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = word.charAt(j);
            if (!isMark(c)) {
                return Character.toLowerCase(c);
            }
        }
        return 0;
    }

    private static boolean nextBaseIsVowel(CharSequence word, int i) {
        for (int j = i + 1; j < word.length(); j++) {
            char c = word.charAt(j);
            if (!isMark(c)) {
                return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
            }
        }
        return false;
    }

    private static int lastBaseIndex(CharSequence word) {
        for (int j = word.length() - 1; j >= 0; j--) {
            if (!isMark(word.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
