package org.motcua.kiosk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.motcua.kiosk.support.ManualClock;

/** The one-time setup code: what a restart keeps, and how far guessing gets. */
class SetupCodeTest {

    @TempDir
    Path data;
    final ManualClock clock = new ManualClock(LocalDateTime.of(2026, 12, 3, 7, 30));

    @Test
    void aRestartOrAPowerCutKeepsTheCodeThatWasPrinted() {
        String printed = new SetupCode(data, clock).current();
        assertThat(new SetupCode(data, clock).current()).isEqualTo(printed);
        assertThat(new SetupCode(data, clock).check(printed)).isEqualTo(SetupCode.Check.RIGHT);
    }

    @Test
    void aDamagedCodeFileGivesANewCodeNotAnEmptyOne() throws Exception {
        Files.writeString(data.resolve(SetupCode.FILE_NAME), "\0\0\0\0");
        SetupCode setup = new SetupCode(data, clock);
        assertThat(setup.current()).matches("\\d{9}");
        assertThat(setup.check("")).isEqualTo(SetupCode.Check.WRONG);
        assertThat(setup.check("\0\0\0\0")).isEqualTo(SetupCode.Check.WRONG);
    }

    @Test
    void guessingIsStoppedForEveryoneAfterTenWrongCodesForTenMinutes() {
        SetupCode setup = new SetupCode(data, clock);
        String code = setup.current();
        String wrong = code.equals("000000000") ? "000000001" : "000000000";
        for (int i = 0; i < SetupCode.MAX_WRONG; i++) {
            assertThat(setup.check(wrong)).isEqualTo(SetupCode.Check.WRONG);
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(setup.check(code)).as("even the right code, while the guessing lasts")
                .isEqualTo(SetupCode.Check.TOO_MANY_TRIES);
        clock.advance(Duration.ofMinutes(10));
        assertThat(setup.check(code)).isEqualTo(SetupCode.Check.RIGHT);
        assertThat(setup.check(code.substring(0, 3) + "-" + code.substring(3, 6) + " " + code.substring(6)))
                .as("dashes and spaces as printed").isEqualTo(SetupCode.Check.RIGHT);
    }

    @Test
    void aUsedCodeIsGoneFromTheDisk() {
        SetupCode setup = new SetupCode(data, clock);
        setup.current();
        assertThat(data.resolve(SetupCode.FILE_NAME)).exists();
        setup.used();
        assertThat(data.resolve(SetupCode.FILE_NAME)).doesNotExist();
    }
}
