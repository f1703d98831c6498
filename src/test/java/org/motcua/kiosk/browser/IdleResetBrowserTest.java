package org.motcua.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The idle reset in a real Chromium: the countdown is pushed by the server (no reload, no polling), then the kiosk
 * goes home by itself and what was typed is gone. Short timeouts so the test takes seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"motcua.kiosk.idle-timeout=12s", "motcua.kiosk.idle-warning=8s", "motcua.kiosk.idle-tick=1s"})
class IdleResetBrowserTest extends PortraitKioskBrowser {

    @Test
    void countdownIsPushedThenTheKioskGoesHomeAndForgets() throws IOException {
        driver.get("http://localhost:" + port + "/thu-tuc/tim-kiem");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[data-key='k']"))).click();
        driver.findElement(By.cssSelector("vaadin-button[data-key='h']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kiosk-idle")));
        assertThat(driver.findElement(By.cssSelector(".kiosk-idle")).getText())
                .contains("Không có thao tác. Màn hình sẽ trở về trang chủ sau");
        Files.write(Chromium.SCREENSHOTS.resolve("05-idle-countdown.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Xin chào! Quý khách cần làm gì?"));
        assertThat(driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
        driver.navigate().to("http://localhost:" + port + "/thu-tuc/tim-kiem");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field.kiosk-query")));
        assertThat(driver.findElement(By.cssSelector("vaadin-text-field.kiosk-query")).getDomProperty("value")).isEmpty();
    }
}
