package org.motcua.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A citizen at the portrait touchscreen, in a real Chromium at 1080x1920: home -> find a procedure -> type on the
 * kiosk's keyboard -> open the result -> read it. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KioskBrowserTest extends PortraitKioskBrowser {

    @Test
    void searchByTypingOnTheKioskKeyboardThenReadTheProcedure() throws IOException {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement tile = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.kiosk-tile")));
        assertThat(tile.getText()).contains("Tra cứu thủ tục");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào! Quý khách cần làm gì?");
        screenshot("01-home");
        assertTouchTargetsAtLeast64px();

        tile.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.kiosk-search-button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button[data-key='k']")));
        for (String key : List.of("k", "e", "t", "kb-space", "h", "o", "n")) {
            driver.findElement(By.cssSelector("vaadin-button[data-key='" + key + "']")).click();
        }
        wait.until(d -> "ket hon".equals(d.findElement(By.cssSelector("vaadin-text-field.kiosk-query")).getDomProperty("value")));
        // The results are rebuilt with every key; wait for the answer to the whole text.
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-button.kiosk-list-item")).isEmpty()
                && "1.000894".equals(d.findElements(By.cssSelector("vaadin-button.kiosk-list-item")).getFirst()
                        .getDomAttribute("data-code")));
        WebElement first = driver.findElement(By.cssSelector("vaadin-button.kiosk-list-item[data-code='1.000894']"));
        List<WebElement> results = driver.findElements(By.cssSelector("vaadin-button.kiosk-list-item"));
        assertThat(results.getFirst().getDomAttribute("data-code")).isEqualTo("1.000894");
        screenshot("02-search-ket-hon");
        assertNoHorizontalScroll();

        first.click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.kiosk-detail-name")));
        assertThat(name.getText()).isEqualTo("Thủ tục đăng ký kết hôn");
        String page = driver.findElement(By.cssSelector("main.kiosk-content")).getText();
        assertThat(page).contains("Mã thủ tục", "1.000894", "Thành phần hồ sơ", "Phí, lệ phí", "Căn cứ pháp lý");
        assertThat(driver.findElement(By.cssSelector("img.kiosk-qr-image")).getSize().getWidth()).isGreaterThanOrEqualTo(200);
        screenshot("03-detail-ket-hon");
        assertNoHorizontalScroll();

        driver.findElement(By.xpath("//vaadin-button[contains(., 'Trang chủ')]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Xin chào! Quý khách cần làm gì?"));
    }

    /**
     * A field's page opened by its address (a page loaded again after the browser or the session restarted, or the
     * address typed): the address carries the field's name percent-encoded, and the page must still list its procedures.
     */
    @Test
    void aFieldsPageOpenedByItsAddressListsItsProcedures() {
        String field = java.net.URLEncoder.encode("Hộ tịch", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        driver.get("http://localhost:" + port + "/thu-tuc/linh-vuc/" + field);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.kiosk-list-item[data-code='1.000894']")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lĩnh vực: Hộ tịch");
        assertThat(driver.getTitle()).isEqualTo("Hộ tịch");
        assertNoHorizontalScroll();
    }

    @Test
    void anAddressThatIsNoPageSaysSoWithTheWayHome() throws IOException {
        driver.get("http://localhost:" + port + "/khong-co-trang-nay");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".not-found h1")));
        assertThat(driver.findElement(By.cssSelector(".not-found h1")).getText()).isEqualTo("Không có trang này");
        assertThat(driver.findElement(By.cssSelector(".not-found")).getText())
                .contains("This page does not exist").doesNotContain("Could not navigate");
        assertThat(driver.getCurrentUrl()).as("not sent to the staff login").doesNotContain("/login");
        screenshot("18-not-found");
        driver.findElement(By.cssSelector(".not-found vaadin-button")).click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
    }

    /**
     * A screen without a GPU (this test's Chromium runs with --disable-gpu, as the appliance's does on a VM or a PC
     * whose GL is in software) must get a changing pixel that makes it draw whole frames after the page changes
     * (AppShell), and must let it rest once the page stands still (each frame drawn in software costs the small
     * machine's CPU); one with WebGL gets no pixel.
     */
    @Test
    void aBrowserWithoutAGpuDrawsWholeFramesAfterAChangeAndRestsOnAStillPage() {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.kiosk-tile")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        boolean webgl = (Boolean) js.executeScript("return !!document.createElement('canvas').getContext('webgl');");
        boolean keeper = (Boolean) js.executeScript("return !!document.getElementById('motcua-frame-keeper');");
        assertThat(keeper).as("the frame keeper runs exactly when there is no WebGL (webgl=%s)", webgl).isEqualTo(!webgl);
        if (keeper) {
            String opacity = "return document.getElementById('motcua-frame-keeper').style.opacity;";
            String quiet = "return document.getElementById('motcua-frame-keeper').dataset.quiet;";
            assertThat((Boolean) js.executeScript("var r = document.getElementById('motcua-frame-keeper')"
                    + ".getBoundingClientRect(); return r.width <= 1 && r.height <= 1;")).isTrue();
            // the home, drawn, stands still: the keeper rests
            wait.until(d -> "true".equals(js.executeScript(quiet)));
            // a change on the page (larger text): frames again, then rest again
            String before = (String) js.executeScript(opacity);
            driver.findElement(By.xpath("//vaadin-button[contains(., 'A+')]")).click();
            wait.until(d -> "false".equals(js.executeScript(quiet)));
            wait.until(d -> !before.equals(js.executeScript(opacity)));
            wait.until(d -> "true".equals(js.executeScript(quiet)));
            driver.findElement(By.xpath("//vaadin-button[contains(., 'A−')]")).click();
        }
    }

    @Test
    void fieldsAndLargeTextInHighContrast() throws IOException {
        driver.get("http://localhost:" + port + "/thu-tuc");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.kiosk-field")));
        driver.findElement(By.xpath("//vaadin-button[contains(., 'A+')]")).click();
        driver.findElement(By.xpath("//vaadin-button[contains(., 'Tương phản cao')]")).click();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector(".kiosk-shell"), "class", "high-contrast"));
        screenshot("04-fields-large-high-contrast");
        assertNoHorizontalScroll();
        driver.findElement(By.xpath("//vaadin-button[contains(., 'Màu thường')]")).click();
        driver.findElement(By.xpath("//vaadin-button[contains(., 'A−')]")).click();
    }

    @Test
    void takeANumberInTwoTaps() throws IOException {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button.kiosk-tile[data-tile='tile.queue.title']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[data-service='ho-tich']")));
        screenshot("08-take-number");
        assertTouchTargetsAtLeast64px();
        driver.findElement(By.cssSelector("vaadin-button[data-service='ho-tich']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[data-priority='none']"))).click();
        WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kiosk-ticket-number")));
        assertThat(number.getText()).matches("A\\d{3}");
        assertThat(driver.findElement(By.cssSelector(".kiosk-ticket-card")).getText())
                .contains("SỐ THỨ TỰ CỦA QUÝ KHÁCH", "Dịch vụ: Hộ tịch, chứng thực", "Mời đến quầy: 1, 2, 5");
        screenshot("09-ticket");
        assertNoHorizontalScroll();
    }

    private void assertTouchTargetsAtLeast64px() {
        for (WebElement button : driver.findElements(By.cssSelector(".kiosk-shell vaadin-button"))) {
            if (button.isDisplayed()) {
                assertThat(button.getSize().getHeight()).as("height of button '%s'", button.getText())
                        .isGreaterThanOrEqualTo(64);
            }
        }
    }

    private void assertNoHorizontalScroll() {
        Number width = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("page width at a 1080 px wide screen").isLessThanOrEqualTo(1080);
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(Chromium.SCREENSHOTS.resolve(name + ".png"), png);
    }
}
