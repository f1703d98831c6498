package org.motcua.kiosk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import org.motcua.kiosk.admin.ui.LandingView;
import org.motcua.kiosk.support.ManualClock;

/**
 * The login as a hostile LAN tries it, over real HTTP: a page of another site posting the login form (no token), a
 * script guessing passwords by the hundred, and what every page tells the browser about where it may load from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "motcua.admin.initial-password=" + LoginSecurityTest.PASSWORD)
@Import(ManualClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class LoginSecurityTest {

    static final String PASSWORD = "mat-khau-quan-tri-1";

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf[a-z_]*)\" content=\"([^\"]*)\"");

    @Autowired
    ManualClock clock;
    @LocalServerPort
    int port;

    /** One browser: its own cookies, no redirects followed (the answers are what is checked). */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, String> csrf = Map.of();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the login page as a browser does, keeping the token its meta tags carry. */
        HttpResponse<String> openLogin() throws IOException, InterruptedException {
            HttpResponse<String> page = get("/login");
            Map<String, String> metas = new LinkedHashMap<>();
            Matcher m = META.matcher(page.body());
            while (m.find()) {
                metas.put(m.group(1), m.group(2));
            }
            csrf = metas;
            return page;
        }

        HttpResponse<String> logIn(String username, String password, boolean withToken)
                throws IOException, InterruptedException {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            if (withToken) {
                form.put(csrf.get("_csrf_parameter"), csrf.get("_csrf"));
            }
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aLoginFormPostedWithoutThePagesTokenLogsNobodyIn() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 3, 8, 0));
        Browser counter = new Browser();
        HttpResponse<String> page = counter.openLogin();
        assertThat(counter.csrf).as("the login page hands its form the token").containsKeys("_csrf", "_csrf_parameter");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Strict"));

        HttpResponse<String> forged = counter.logIn("admin", PASSWORD, false);
        assertThat(forged.statusCode()).as("another site's form, right password and all").isEqualTo(403);
        assertThat(location(counter.get("/admin"))).as("still not logged in").endsWith("/login");

        HttpResponse<String> real = counter.logIn("admin", PASSWORD, true);
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(location(real)).as("back to the page asked for").endsWith("/admin?continue");
        assertThat(counter.get("/admin").statusCode()).as("logged in").isEqualTo(200);
    }

    @Test
    void guessingPasswordsIsHeldBackAndLoggedAndTheRightOneWaitsToo(CapturedOutput output) throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        Browser script = new Browser();
        script.openLogin();
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            HttpResponse<String> wrong = script.logIn("admin", "doan-mo-" + i, true);
            assertThat(location(wrong)).endsWith("/login?error");
        }
        assertThat(output).contains("Failed login: account 'admin' from 127.0.0.1");

        HttpResponse<String> right = script.logIn("admin", PASSWORD, true);
        assertThat(location(right)).as("the right password, after five wrong ones").endsWith("/login?error");
        assertThat(location(script.get("/admin"))).endsWith("/login");
        assertThat(output).contains("Login held back: account 'admin' from 127.0.0.1");
        for (int i = 0; i < 10; i++) {
            assertThat(location(script.logIn("admin", "doan-tiep-" + i, true))).endsWith("/login?error");
        }
        assertThat(output.getOut().split("Login held back", -1)).as("one line a minute, however many tries")
                .hasSize(2);

        clock.advance(LoginThrottle.WINDOW);
        HttpResponse<String> later = script.logIn("admin", PASSWORD, true);
        assertThat(location(later)).as("a quarter of an hour later").endsWith("/admin?continue");
        assertThat(output).contains("Logged in: account 'admin' from 127.0.0.1");
    }

    @Test
    void manyNamesFromOneAddressHoldBackEveryAccountThere() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 3, 10, 0));
        Browser script = new Browser();
        script.openLogin();
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            script.logIn("can-bo-" + i, "mat-khau-" + i, true);
        }
        assertThat(location(script.logIn("admin", PASSWORD, true))).endsWith("/login?error");
        clock.advance(LoginThrottle.WINDOW);
        assertThat(location(script.logIn("admin", PASSWORD, true))).endsWith("/" + LandingView.ROUTE);
    }

    @Test
    void everyPageSaysWhereItMayLoadFromAndKeepsItsAddressToItself() throws Exception {
        for (String path : new String[] {"/", "/login", "/man-hinh"}) {
            HttpResponse<String> page = new Browser().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        }
    }
}
