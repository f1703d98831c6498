package org.motcua.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.admin.UserAccounts;
import org.motcua.kiosk.pairing.PairedScreens;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;
import org.motcua.kiosk.survey.SurveyService;

/**
 * The issue's test: an officer finishes a ticket on the counter screen /quay/1 in one Chromium; the rating screen of
 * counter 1 (/danh-gia/quay/1), open in a second Chromium as a landscape tablet, unlocks by push without a reload;
 * the citizen rates; the rating is stored, counted, bound to the ticket, counter and officer. Then the kiosk's
 * "Đánh giá hài lòng" with a dossier code typed the way a USB scanner types (characters, then Enter).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RatingBrowserTest {

    static WebDriver desk;
    static WebDriver tablet;
    static WebDriver kiosk;

    @LocalServerPort
    int port;
    @Autowired
    QueueService queue;
    @Autowired
    SurveyService survey;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PairedScreens screens;
    @Autowired
    org.motcua.kiosk.survey.SatisfactionReport report;

    @BeforeAll
    static void startChromium() throws IOException {
        desk = Chromium.startScreen(1366, 768);
        tablet = Chromium.startScreen(1280, 800);
        kiosk = Chromium.start();
    }

    @AfterEach
    void nothingRefusedByThePagesPolicy() {
        Chromium.assertNoPolicyViolations(desk, tablet, kiosk);
    }

    @AfterAll
    static void stopChromium() {
        for (WebDriver d : new WebDriver[] {desk, tablet, kiosk}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    void finishingATicketUnlocksTheCountersRatingScreenAndTheRatingIsStored() throws IOException {
        if (queue.counterScreen(1).current() != null) {
            queue.finish(1, "test");
        }
        survey.closeWindow(1);
        queue.issueTicket("ho-tich", null);

        // A new tablet is not paired: it shows a code; the administrator types it in the back office, and the tablet
        // collects its secret (a cookie its page cannot read) and comes back to its page by itself.
        tablet.get("http://localhost:" + port + "/danh-gia/quay/1");
        WebDriverWait tabletWait = new WebDriverWait(tablet, Duration.ofSeconds(30));
        String shown = tabletWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pairing-code")))
                .getText();
        assertThat(shown).matches("\\d{3} \\d{3}");
        assertThat(tablet.findElement(By.tagName("body")).getText()).contains("Màn hình này chưa được ghép nối",
                "màn hình đánh giá của quầy 1", "This screen is not paired");
        screens.approve(shown, "Máy tính bảng quầy 1", "quantri");
        tabletWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".rate-locked"),
                "Quầy 1 — mời quý khách đánh giá sau khi nhận kết quả"));
        assertThat(tablet.findElements(By.cssSelector("vaadin-button"))).as("nothing to press while locked").isEmpty();
        org.openqa.selenium.Cookie secret = tablet.manage().getCookieNamed(PairedScreens.COOKIE);
        assertThat(secret).isNotNull();
        assertThat(secret.isHttpOnly()).isTrue();
        assertThat(secret.getSameSite()).isEqualTo("Strict");
        assertThat(((JavascriptExecutor) tablet).executeScript("return document.cookie;").toString())
                .doesNotContain(PairedScreens.COOKIE);
        // Another browser at the same address (a phone on the LAN, the attack of the issue): only the code.
        kiosk.get("http://localhost:" + port + "/danh-gia/quay/1");
        new WebDriverWait(kiosk, Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pairing-code")));
        ((JavascriptExecutor) tablet).executeScript("window.rateTestMarker = 'still the same page';");

        if (!accounts.hasAdministrator()) {
            accounts.createFirstAdministrator(accounts.setupCode().orElseThrow(), "quantri", "mot-cua-2026!");
        }
        accounts.createOfficer("canbo-danhgia", "mat-khau-danh-gia");
        desk.get("http://localhost:" + port + "/quay/1");
        WebDriverWait deskWait = new WebDriverWait(desk, Duration.ofSeconds(30));
        deskWait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys("canbo-danhgia");
        desk.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("mat-khau-danh-gia");
        desk.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        deskWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Gọi số tiếp theo']"))).click();
        deskWait.until(d -> queue.counterScreen(1).current() != null);
        Ticket served = queue.counterScreen(1).current();
        deskWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Hoàn thành']"))).click();
        deskWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Đã hoàn thành số " + served.display()));

        java.time.LocalDate day = java.time.LocalDate.now(org.motcua.kiosk.base.TimeConfiguration.VIETNAM);
        var before = report.satisfaction(org.motcua.kiosk.survey.ReportPeriod.ofDays(day, day),
                org.motcua.kiosk.survey.ReportCut.OFFICER).stream().filter(row -> "canbo-danhgia".equals(row.key()))
                .findFirst();
        long officerRatedBefore = before.map(row -> (long) row.rated()).orElse(0L);
        long officerDissatisfiedBefore = before.map(row -> (long) row.dissatisfied()).orElse(0L);

        // The window reached the paired tablet only: the other browser still shows its code and nothing to press.
        assertThat(kiosk.findElements(By.cssSelector("vaadin-button.rate-level"))).isEmpty();
        assertThat(kiosk.findElement(By.tagName("body")).getText()).doesNotContain(served.display());
        WebElement satisfied = tabletWait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button.rate-level[data-level='2']")));
        assertThat(tablet.findElement(By.cssSelector(".rate-who")).getText().replaceAll("\\s+", " "))
                .isEqualTo("Số " + served.display() + " Cán bộ: canbo-danhgia");
        assertThat(((JavascriptExecutor) tablet).executeScript("return window.rateTestMarker;"))
                .isEqualTo("still the same page");
        for (WebElement level : tablet.findElements(By.cssSelector("vaadin-button.rate-level"))) {
            assertThat(level.getSize().getHeight()).as("face '%s'", level.getText()).isGreaterThanOrEqualTo(96);
        }
        assertThat(tablet.findElements(By.cssSelector("vaadin-button.rate-level")).stream().map(WebElement::getText))
                .containsExactly("Rất hài lòng", "Hài lòng", "Không hài lòng");
        screenshot(tablet, "10-rating-counter");

        satisfied.click();
        // The last question sits under the sticky "Gửi" bar until the citizen scrolls it up.
        WebElement attitude = tabletWait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button.rate-answer[data-answer='C7_ATTITUDE.2']")));
        ((JavascriptExecutor) tablet).executeScript("arguments[0].scrollIntoView({block: 'center'});", attitude);
        attitude.click();
        tabletWait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("vaadin-button.rate-answer[data-answer='C7_ATTITUDE.2']"), "aria-pressed", "true"));
        tablet.findElement(By.cssSelector("vaadin-button.rate-send")).click();
        tabletWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".rate-thanks"),
                "Cảm ơn quý khách!"));

        // The report counts it: today's officer "canbo-danhgia" has one more rating, not a dissatisfied one.
        java.time.LocalDate today = java.time.LocalDate.now(org.motcua.kiosk.base.TimeConfiguration.VIETNAM);
        var byOfficer = new WebDriverWait(tablet, Duration.ofSeconds(10)).until(d -> report
                .satisfaction(org.motcua.kiosk.survey.ReportPeriod.ofDays(today, today),
                        org.motcua.kiosk.survey.ReportCut.OFFICER).stream()
                .filter(row -> "canbo-danhgia".equals(row.key())).findFirst().orElse(null));
        assertThat(byOfficer.rated()).isEqualTo(officerRatedBefore + 1);
        assertThat(byOfficer.dissatisfied()).isEqualTo(officerDissatisfiedBefore);

        Map<String, Object> r = jdbc.sql("SELECT * FROM rating WHERE ticket_id = ?").param(served.id().toString())
                .query().singleRow();
        assertThat(r).containsEntry("channel", "COUNTER_SCREEN").containsEntry("counted", true)
                .containsEntry("level", 2).containsEntry("dissatisfied", false).containsEntry("counter_num", 1)
                .containsEntry("officer", "canbo-danhgia").containsEntry("c7_attitude", 2);
        // Counted: the one rating of this ticket that the satisfaction rate will see.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE counted AND counted_ticket = ?")
                .param(served.id().toString()).query(Integer.class).single()).isEqualTo(1);

        // A few seconds of thanks, then calm and locked again.
        new WebDriverWait(tablet, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".rate-locked")));
    }

    @Test
    void atTheKioskADossierCodeAsTheScannerTypesIt() throws IOException {
        // received a few days ago: a code the office can have given out (one dated later than today, or over a year
        // ago, is refused: RateByCodeScreenTest)
        String received = java.time.LocalDate.now(org.motcua.kiosk.base.TimeConfiguration.VIETNAM).minusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        String code = "000.00.53.H48-" + received + "-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        kiosk.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(kiosk, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button.kiosk-tile[data-tile='tile.rating.title']"))).click();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-text-field.rate-code input")));
        wait.until(d -> field.equals(d.switchTo().activeElement()));
        field.sendKeys(code + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.rate-target"),
                "Đánh giá hồ sơ " + code));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.rate-level[data-level='1']")));
        screenshot(kiosk, "11-rating-kiosk");
        Number width = (Number) ((JavascriptExecutor) kiosk).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(1080);

        kiosk.findElement(By.cssSelector("vaadin-button.rate-level[data-level='1']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.rate-skip"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".rate-thanks"), "Cảm ơn quý khách!"));
        Map<String, Object> r = jdbc.sql("SELECT * FROM rating WHERE dossier_code = ?").param(code).query().singleRow();
        assertThat(r).containsEntry("channel", "KIOSK").containsEntry("counted", true).containsEntry("level", 1);
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Files.write(Chromium.SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
