package org.motcua.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.motcua.kiosk.base.ScreenPush;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.queue.Ticket;

/**
 * A hall board and a phone's ticket page in a real Chromium that is then killed, as an unplugged board or a phone put
 * away: the server must stop changing their screens at once (Vaadin would keep every change for a browser that never
 * comes; one killed board grew the heap by 160 MB in 600 tickets) and close them once their heartbeats stop.
 * Heartbeats every 3 s here (every 60 s on the appliance), looked for every second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.heartbeatInterval=3", "motcua.screens.sweep-every=1s"})
class VanishedScreenBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ScreenPush push;
    @Autowired
    QueueService queue;

    @Test
    void screensWhoseBrowserWasKilledGetNoChangesAndAreClosed() throws IOException {
        int before = push.listenerCount();
        Ticket mine = queue.issueTicket("ho-tich", null).ticket();
        WebDriver browser = Chromium.startScreen(1080, 1920);
        try {
            browser.get("http://localhost:" + port + "/man-hinh");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".board-counter")));
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get("http://localhost:" + port + "/ve/" + mine.id());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ticket-status-state")));
            await().atMost(Duration.ofSeconds(30)).until(() -> push.listenerCount() >= before + 2
                    && push.connectedCount() == push.listenerCount());
            int open = push.listenerCount();

            Chromium.kill(browser);
            // the push connections' end is seen at once (the killed browser's sockets are closed by its system)
            await().atMost(Duration.ofSeconds(10)).until(() -> push.connectedCount() <= open - 2);
            long heldBefore = push.heldBackCount();
            for (int i = 0; i < 3; i++) {
                queue.issueTicket("ho-tich", null);
            }
            assertThat(push.heldBackCount() - heldBefore)
                    .as("queue events not applied to the two screens whose browser is gone").isGreaterThanOrEqualTo(2 * 3);

            // three heartbeats missed: both screens closed, their listeners gone
            await().atMost(Duration.ofSeconds(30)).until(() -> push.listenerCount() <= before);
            assertThat(push.listenerCount()).isEqualTo(before);
        } finally {
            try {
                browser.quit();
            } catch (RuntimeException alreadyGone) {
                // the browser was killed: its driver has nothing left to close
            }
        }
    }
}
