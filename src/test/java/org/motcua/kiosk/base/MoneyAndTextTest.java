package org.motcua.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyAndTextTest {

    @Test
    void dongAreWrittenWithDotsBetweenThousands() {
        assertThat(Money.dong(2000)).hasToString("2.000 đồng");
        assertThat(Money.dong(4_500_000)).hasToString("4.500.000 đồng");
        assertThat(Money.dong(500).digits()).isEqualTo("500");
        assertThat(Money.dong(0).isFree()).isTrue();
        assertThatThrownBy(() -> Money.dong(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void foldingRemovesEveryVietnameseMark() {
        assertThat(VietnameseText.fold("Thủ tục Đăng ký kết hôn")).isEqualTo("thu tuc dang ky ket hon");
        assertThat(VietnameseText.fold("  Cấp, quản lý căn cước!  ")).isEqualTo("cap quan ly can cuoc");
        assertThat(VietnameseText.fold("ƯỚC, ỞỠỢ, ỳỷỹỵ")).isEqualTo("uoc ooo yyyy");
        // Decomposed input (as some keyboards send it) folds the same as composed.
        assertThat(VietnameseText.fold("ke\u0302\u0301t ho\u0302n")).isEqualTo("ket hon");
    }
}
