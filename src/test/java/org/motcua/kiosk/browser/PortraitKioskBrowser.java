package org.motcua.kiosk.browser;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One Chromium as the portrait kiosk screen (1080x1920) for a test class, against the app on a random port. */
abstract class PortraitKioskBrowser {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws IOException {
        driver = Chromium.start();
    }

    @AfterEach
    void nothingRefusedByThePagesPolicy() {
        Chromium.assertNoPolicyViolations(driver);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
