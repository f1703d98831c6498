package org.motcua.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;

/**
 * The hall board in a real Chromium on a 1920x1080 screen, started as the appliance starts it (sound without a tap),
 * and a counter screen in a second Chromium where a logged-in officer presses "Gọi số tiếp theo": the open board
 * shows the number by server push, without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisplayBoardBrowserTest {

    static WebDriver driver;
    static WebDriver counterDesk;

    @LocalServerPort
    int port;
    @Autowired
    QueueService queue;
    @Autowired
    UserAccounts accounts;
    @org.springframework.beans.factory.annotation.Value("${motcua.office.name}")
    String officeName;

    @BeforeAll
    static void startChromium() throws IOException {
        driver = Chromium.startScreen(1920, 1080, Chromium.PLAY_SOUND_WITHOUT_TAP);
        counterDesk = Chromium.startScreen(1366, 768);
    }

    @AfterEach
    void nothingRefusedByThePagesPolicy() {
        Chromium.assertNoPolicyViolations(driver, counterDesk);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
        if (counterDesk != null) {
            counterDesk.quit();
        }
    }

    @Test
    void aCallAtACounterAppearsOnTheOpenBoardWithoutReload() throws IOException {
        driver.get("http://localhost:" + port + "/man-hinh");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".board-counter")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // Gone if the page were loaded again.
        js.executeScript("window.boardTestMarker = 'still the same page';");
        assertThat(driver.getTitle()).isEqualTo("Màn hình gọi số");

        for (String service : new String[] {"ho-tich", "ho-tich", "ho-tich", "dat-dai", "dat-dai", "cu-tru", "xa-hoi"}) {
            queue.issueTicket(service, null);
        }
        for (int counter = 1; counter <= 4; counter++) {
            if (queue.counterScreen(counter).current() != null) {
                queue.finish(counter, "test");
            }
        }
        queue.callNext(3, "test");
        queue.callNext(4, "test");
        queue.callNext(2, "test");
        String next = queue.counterScreen(1).waiting().getFirst().display();

        // The officer at counter 1, in a browser of their own.
        if (!accounts.hasAdministrator()) {
            accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "quantri", "mot-cua-2026!");
        }
        accounts.createOfficer("canbo-quay1", "mat-khau-quay-1");
        counterDesk.get("http://localhost:" + port + "/quay/1");
        WebDriverWait deskWait = new WebDriverWait(counterDesk, Duration.ofSeconds(30));
        deskWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys("canbo-quay1");
        counterDesk.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("mat-khau-quay-1");
        counterDesk.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        deskWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Gọi số tiếp theo']"))).click();
        deskWait.until(d -> queue.counterScreen(1).current() != null);
        Ticket called = queue.counterScreen(1).current();
        assertThat(called.display()).isEqualTo(next);
        assertThat(called.officer()).isEqualTo("canbo-quay1");
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), called.display()));
        Files.write(Chromium.SCREENSHOTS.resolve("07-counter.png"),
                ((TakesScreenshot) counterDesk).getScreenshotAs(OutputType.BYTES));

        wait.until(ExpectedConditions.textToBe(By.cssSelector("#board-latest .board-latest-number"), called.display()));
        assertThat(driver.findElement(By.id("board-latest")).getText().replaceAll("\\s+", " "))
                .isEqualTo("MỜI CÔNG DÂN SỐ " + called.display() + " QUẦY 1");
        assertThat(driver.findElement(By.cssSelector(".board-counter[data-counter='1'] .board-counter-serving")).getText())
                .isEqualTo(called.display());
        assertThat(js.executeScript("return window.boardTestMarker;")).isEqualTo("still the same page");
        assertThat(driver.findElements(By.cssSelector(".board-call"))).as("the calls before it").hasSizeGreaterThanOrEqualTo(3);

        // Each call is said by an <audio> element the server made; the page's own "playing" event reached the server.
        wait.until(d -> !d.findElements(By.cssSelector(".board-speaker audio[src]")).isEmpty());
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-button.board-sound-enable")));

        Number width = (Number) js.executeScript("return document.documentElement.scrollWidth;");
        Number height = (Number) js.executeScript("return document.documentElement.scrollHeight;");
        assertThat(width.intValue()).as("no sideways scroll on the TV").isLessThanOrEqualTo(1920);
        assertThat(height.intValue()).as("nothing below the TV's edge").isLessThanOrEqualTo(1080);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        Files.write(Chromium.SCREENSHOTS.resolve("06-board.png"), png);
    }
    @Test
    void onAScreenStandingUprightTheBoardShowsTheOfficesWholeNameAndTheLatestCallAcrossTheTop() throws IOException {
        WebDriver upright = Chromium.startScreen(720, 1280);
        try {
            upright.get("http://localhost:" + port + "/man-hinh");
            new WebDriverWait(upright, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".board-counter")));
            JavascriptExecutor js = (JavascriptExecutor) upright;
            var office = upright.findElement(By.cssSelector(".board-office"));
            assertThat(office.getText()).isEqualTo(officeName);
            assertThat(((Number) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", office))
                    .intValue()).as("the office's name is not cut").isLessThanOrEqualTo(0);
            var latest = upright.findElement(By.id("board-latest")).getRect();
            var counters = upright.findElement(By.cssSelector(".board-counters")).getRect();
            assertThat(latest.getWidth()).as("the latest call across the screen").isGreaterThan(600);
            assertThat(counters.getY()).as("the counters below the latest call").isGreaterThanOrEqualTo(latest.getY() + latest.getHeight());
            assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth;")).intValue())
                    .as("no sideways scroll").isLessThanOrEqualTo(720);
            assertThat(((Number) js.executeScript("return Math.max(...Array.from(document.querySelectorAll("
                    + "'.board-counter'), c => c.scrollHeight - c.clientHeight));")).intValue())
                    .as("every counter's name and number fit in its box").isLessThanOrEqualTo(1);
            Files.write(Chromium.SCREENSHOTS.resolve("06-board-upright.png"),
                    ((TakesScreenshot) upright).getScreenshotAs(OutputType.BYTES));
        } finally {
            upright.quit();
        }
    }
}
