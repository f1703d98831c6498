package org.motcua.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.motcua.kiosk.kiosk.VietnameseTyping.Tone;

/** The kiosk keyboard's tone key puts the mark where a Vietnamese reader expects it. */
class VietnameseTypingTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "ket hon, ACUTE, ket hón",
            "khai sinh, ACUTE, khai sính",
            "đăng ky, ACUTE, đăng ký",
            "hoa, GRAVE, hòa",
            "toan, ACUTE, toán",
            "khuyen, ACUTE, khuyén",
            "khuyên, ACUTE, khuyến",
            "nguoi, GRAVE, nguòi",
            "người, DOT, ngượi",
            "trươ, HOOK, trưở",
            "qua, ACUTE, quá",
            "gia, ACUTE, giá",
            "gi, GRAVE, gì",
            "mua, GRAVE, mùa",
            "tuổi, TILDE, tuỗi",
            "Ho tich, DOT, Ho tịch",
            "chung thuc, DOT, chung thục",
            "so đo, HOOK, so đỏ",
            "123, ACUTE, 123",
            "'', ACUTE, ''",
            "'ket hon ', ACUTE, 'ket hon '"})
    void toneGoesOnTheRightVowelOfTheLastWord(String typed, Tone tone, String expected) {
        assertThat(VietnameseTyping.applyTone(typed, tone)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"hón, GRAVE, hòn", "hòn, ACUTE, hón", "ký, DOT, kỵ"})
    void aNewToneReplacesTheOldOne(String typed, Tone tone, String expected) {
        assertThat(VietnameseTyping.applyTone(typed, tone)).isEqualTo(expected);
    }
}
