package org.motcua.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The receipt's dossier code: V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX (TT 01/2018 Điều 19). */
class DossierCodeTest {

    @Test
    void aRealCodeIsReadWithItsAgencyAndDate() {
        DossierCode code = new DossierCode(" 000.00.53.h48-220921-0099 ");
        assertThat(code.value()).isEqualTo("000.00.53.H48-220921-0099");
        assertThat(code.agency()).isEqualTo("000.00.53.H48");
        assertThat(code.receivedOn()).isEqualTo(LocalDate.of(2022, 9, 21));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000.00.53.H48-220921", "000.00.53.H48-220921-99", "00.00.53.H48-220921-0099",
            "000.00.53.48-220921-0099", "000.00.53.H48-221321-0099", "000.00.53.H48-220230-0099", "A012",
            "000.00.53.H48_220921_0099"})
    void aBadCodeIsRefusedWithAReasonInBothLanguages(String bad) {
        assertThat(DossierCode.isValid(bad)).isFalse();
        assertThatThrownBy(() -> new DossierCode(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(" / ");
    }

    @Test
    void scalesSayWhichLevelsCountAgainstTheOffice() {
        assertThat(new RatingScale(3, false).levelKeys()).containsExactly("RAT_HAI_LONG", "HAI_LONG", "KHONG_HAI_LONG");
        assertThat(new RatingScale(3, true).levelKeys()).containsExactly("RAT_HAI_LONG", "HAI_LONG", "CHUA_HAI_LONG");
        assertThat(new RatingScale(3, false).dissatisfied(3)).isTrue();
        assertThat(new RatingScale(3, false).dissatisfied(2)).isFalse();
        assertThat(new RatingScale(4, false).dissatisfied(3)).isFalse();
        assertThat(new RatingScale(5, false).dissatisfied(4)).isTrue();
        assertThat(new RatingScale(5, false).dissatisfied(5)).isTrue();
        assertThatThrownBy(() -> new RatingScale(2, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
