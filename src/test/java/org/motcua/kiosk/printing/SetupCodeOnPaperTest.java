package org.motcua.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.support.ManualClock;

/**
 * A new kiosk prints the one-time setup code for its installer when it starts with no administrator: the paper the
 * printer receives, decoded, is the slip with that code and the QR code of the setup page on the office's address.
 */
@SpringBootTest(properties = {
        "motcua.admin.setup-code-slip=true",
        "motcua.office.public-url=http://192.168.1.20:8080"})
@Import(ManualClock.Config.class)
class SetupCodeOnPaperTest {

    private static final FakePrinter printer = FakePrinter.plugIn();

    @DynamicPropertySource
    static void printerOnTcp(DynamicPropertyRegistry properties) {
        printer.asThePrinter(properties, "3s");
    }

    @AfterAll
    static void unplug() throws Exception {
        printer.close();
    }

    @Autowired
    UserAccounts accounts;
    @Autowired
    ManualClock clock;

    @Test
    void theInstallerGetsTheSetupCodeOnPaper() throws Exception {
        String code = accounts.setupCode().orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (printer.jobs().stream().noneMatch(job -> EscPosDecoder.decode(job).image().getHeight() > 0)) {
            assertThat(System.nanoTime()).as("a slip printed within 60 s of the start").isLessThan(deadline);
            Thread.sleep(50);
        }
        byte[] paper = printer.jobs().stream().filter(job -> EscPosDecoder.decode(job).image().getHeight() > 0)
                .findFirst().orElseThrow();
        var printed = EscPosDecoder.decode(paper).image();
        assertThat(Printouts.readQr(printed)).isEqualTo("http://192.168.1.20:8080/setup");

        Instant printedAt = clock.instant();
        SetupCodePrintout expected = new SetupCodePrintout("Trung tâm Phục vụ hành chính công phường Mẫu", code,
                "http://192.168.1.20:8080/setup", printedAt);
        SetupCodeRenderer renderer = new SetupCodeRenderer(PaperWidth.MM80);
        assertThat(PrintedLine.texts(renderer.lines(expected)))
                .contains("MÃ CÀI ĐẶT MỘT LẦN", "ONE-TIME SETUP CODE", expected.groupedCode());
        assertThat(Printouts.thresholded(printed))
                .as("the paper is the slip of this code, bit for bit")
                .isDeepEqualTo(Printouts.thresholded(renderer.render(expected)));
    }
}
