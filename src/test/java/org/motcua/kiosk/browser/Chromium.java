package org.motcua.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium and chromedriver, headless, as a portrait kiosk screen (1080x1920) or, for the hall board, a page
 * of exactly the TV's size. No driver download: both binaries are given, so Selenium Manager never runs. Public for
 * the benchmarks, which open boards in Chromium too.
 */
public final class Chromium {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** As the appliance starts the hall board's Chromium: each call is played without anyone tapping first. */
    public static final String PLAY_SOUND_WITHOUT_TAP = "--autoplay-policy=no-user-gesture-required";

    private Chromium() {
    }

    static WebDriver start() throws IOException {
        WebDriver driver = launch("--window-size=1080,1920");
        driver.manage().window().setSize(new Dimension(1080, 1920));
        return driver;
    }

    /**
     * A page of exactly {@code width} x {@code height} CSS pixels, like a full-screen TV (the window is made larger by
     * what the browser itself takes); extra arguments such as {@link #PLAY_SOUND_WITHOUT_TAP} follow the usual ones.
     */
    public static WebDriver startScreen(int width, int height, String... extraArguments) throws IOException {
        String[] arguments = new String[extraArguments.length + 1];
        arguments[0] = "--window-size=" + width + "," + height;
        System.arraycopy(extraArguments, 0, arguments, 1, extraArguments.length);
        WebDriver driver = launch(arguments);
        driver.manage().window().setSize(new Dimension(width, height));
        var inner = (java.util.List<?>) ((JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight];");
        int extraWidth = width - ((Number) inner.get(0)).intValue();
        int extraHeight = height - ((Number) inner.get(1)).intValue();
        driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
        return driver;
    }

    private static WebDriver launch(String... arguments) throws IOException {
        assertThat(Path.of(BINARY)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(Path.of(DRIVER)).as("Debian's chromium-driver").exists();
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--lang=vi-VN",
                "--user-data-dir=" + Files.createTempDirectory("kiosk-chromium"));
        options.addArguments(arguments);
        // the page's console, where Chromium says what a Content-Security-Policy made it refuse
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * The browser vanishes as a board unplugged or a crashed Chromium does: every process of its profile killed
     * (SIGKILL), no page closed, nothing said to the server. The driver is useless afterwards.
     */
    public static void kill(WebDriver driver) {
        var chrome = (Map<?, ?>) ((org.openqa.selenium.HasCapabilities) driver).getCapabilities().getCapability("chrome");
        String profile = String.valueOf(chrome.get("userDataDir"));
        assertThat(profile).as("the browser's profile directory").contains("kiosk-chromium");
        List<ProcessHandle> browser = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(profile)).orElse(false))
                .toList();
        assertThat(browser).as("the browser's processes").isNotEmpty();
        browser.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Fails when any of these browsers refused something under the pages' Content-Security-Policy since the last
     * look (an inline script, a picture, a push connection: each would leave a screen half working).
     */
    public static void assertNoPolicyViolations(WebDriver... drivers) {
        for (WebDriver driver : drivers) {
            if (driver == null) {
                continue;
            }
            List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy"))
                    .toList();
            assertThat(refused).as("refused under the Content-Security-Policy").isEmpty();
        }
    }
}
