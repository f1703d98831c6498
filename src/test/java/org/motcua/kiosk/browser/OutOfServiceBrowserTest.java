package org.motcua.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import org.motcua.kiosk.base.Incidents;

/**
 * The database goes away beneath the kiosk's screen (as it does when the disk fills or the engine stops: Derby
 * answers "08003 No current connection" from then on), once while a page is opened and once while a citizen taps
 * "Lấy số thường": the screen says calmly that the kiosk is out of service, in Vietnamese and English, with the way
 * home and "try again"; nothing technical is shown; the back office has the reason; and once the database is back
 * "try again" works (the pool hands out no dead connection).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OutOfServiceBrowserTest extends PortraitKioskBrowser {

    @Value("${motcua.data-dir}")
    Path dataDir;
    @Autowired
    Incidents incidents;

    /**
     * Shuts the kiosk's Derby database down under the running application, and keeps it from starting again (its
     * folder moved aside, a file in its place) until {@link #theDatabaseIsBack}.
     */
    private void theDatabaseGoesAway() throws IOException {
        try {
            DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("derby") + ";shutdown=true").close();
            throw new AssertionError("Derby did not report its shutdown");
        } catch (SQLException shutDown) {
            assertThat(shutDown.getSQLState()).as(shutDown.getMessage()).isEqualTo("08006");
        }
        Files.move(dataDir.resolve("derby"), dataDir.resolve("derby.away"));
        Files.writeString(dataDir.resolve("derby"), "not a database");
    }

    private void theDatabaseIsBack() throws IOException {
        Files.delete(dataDir.resolve("derby"));
        Files.move(dataDir.resolve("derby.away"), dataDir.resolve("derby"));
    }

    @Test
    void aScreenWhoseDatabaseWentAwaySaysSoCalmlyAndComesBackWhenItReturns() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(url("/lay-so"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.kiosk-service[data-service='ho-tich']")));

        // a page opened as the database goes
        theDatabaseGoesAway();
        driver.findElement(By.cssSelector("vaadin-button.kiosk-service[data-service='ho-tich']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".out-of-service h1")));
        String page = driver.findElement(By.cssSelector(".out-of-service")).getText();
        assertThat(page).contains("Ki-ốt tạm ngừng phục vụ",
                        "Xin lỗi quý khách, máy đang gặp sự cố. Vui lòng đến quầy để được hướng dẫn.",
                        "The kiosk is out of service for a moment. Please go to a counter.", "Về trang chủ", "Thử lại")
                .doesNotContainIgnoringCase("exception").doesNotContain("SQL", "08003", "Derby");
        Files.write(Chromium.SCREENSHOTS.resolve("19-out-of-service.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertThat(incidents.recent()).first().satisfies(i -> {
            // a connection of the engine that stopped ("08003 No current connection": does not answer), or a new one
            // that cannot start the database where its files should be (cannot read or write it): either is true
            assertThat(i.kind()).isIn(Incidents.Kind.DATABASE_DOWN, Incidents.Kind.DATABASE_DAMAGED);
            assertThat(i.where()).isEqualTo("/lay-so/ho-tich");
        });

        // the database answers again: "try again" opens the page
        theDatabaseIsBack();
        driver.findElement(By.cssSelector("vaadin-button.out-of-service-again")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.kiosk-take-normal")));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/lay-so/ho-tich"));

        // a tap whose action fails as the database goes
        theDatabaseGoesAway();
        driver.findElement(By.cssSelector("vaadin-button.kiosk-take-normal")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".out-of-service h1")));
        assertThat(driver.getCurrentUrl()).startsWith(url("/tam-ngung"));
        assertThat(driver.findElement(By.cssSelector(".out-of-service")).getText())
                .contains("Ki-ốt tạm ngừng phục vụ", "Thử lại").doesNotContainIgnoringCase("exception");
        theDatabaseIsBack();
        driver.findElement(By.cssSelector("vaadin-button.out-of-service-again")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.kiosk-take-normal")));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/lay-so/ho-tich"));
    }
}
