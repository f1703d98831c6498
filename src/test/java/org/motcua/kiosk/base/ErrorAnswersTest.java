package org.motcua.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Caller errors over real HTTP, as a careless or hostile client makes them: each gets the API's JSON 4xx or a small
 * page in Vietnamese and English, never Tomcat's or Spring's page, never a 500, and nothing that floods the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertApiError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri().getRawPath()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"messageVi\"", "\"messageEn\"").doesNotContain("Tomcat", "trace");
    }

    /** A request as a script writes it, byte for byte: Java's HTTP client refuses to send a broken escape. */
    private String raw(String requestLine) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBrokenEscapeInTheSearchIsTheApisOwn400AndNoStackTraceInTheLog(CapturedOutput output) throws Exception {
        for (int i = 0; i < 3; i++) {
            String response = raw("GET /api/catalog/search?q=%zz HTTP/1.1");
            assertThat(response).startsWith("HTTP/1.1 400").contains("application/json", "\"messageVi\"")
                    .doesNotContain("Tomcat");
        }
        // the same on a page's address (a pairing link typed by hand): a page in words
        assertThat(raw("GET /ghep-noi?t=%zz HTTP/1.1")).startsWith("HTTP/1.1 400")
                .contains("Yêu cầu không hợp lệ.", "Về trang chủ").doesNotContain("Tomcat");
        assertThat(output).as("no error, no stack trace per request").doesNotContain(" ERROR ", "\tat ");
    }

    @Test
    void aRequestLongerThanTomcatTakesIsStillAnsweredInWords() throws Exception {
        // Tomcat refuses it before the application sees it (400): its own report valve answers, in our words
        for (String path : new String[] {"/api/catalog/search?q=", "/thu-tuc?q="}) {
            HttpResponse<String> answer = send("GET", path + "a".repeat(12_000));
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("Yêu cầu không hợp lệ.", "The request is not valid.")
                    .doesNotContain("Tomcat", "HTTP Status");
        }
    }

    @Test
    void anAddressTheApiDoesNotHaveIsItsJson404() throws Exception {
        assertApiError(send("GET", "/api/catalog/procedures/"), 404);
        assertApiError(send("GET", "/api/catalog"), 404);
        assertApiError(send("GET", "/api/v2/anything"), 404);
        assertApiError(send("DELETE", "/api/catalog/search?q=ho+tich"), 405);
    }

    @Test
    void theErrorPageOpenedByItselfIsNoPageNot500() throws Exception {
        HttpResponse<String> page = send("GET", "/error");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không có trang hoặc địa chỉ này.", "There is no such page or address.",
                "Về trang chủ").doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void anUnknownKioskAddressIsNoPageNotTheStaffLogin() throws Exception {
        // Vaadin's page, which then shows NotFoundView (KioskBrowserTest), not a redirect to the login
        HttpResponse<String> unknown = send("GET", "/khong-co-trang-nay");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
        HttpResponse<String> staff = send("GET", "/admin");
        assertThat(staff.statusCode()).as("a page that needs a login still asks for it").isEqualTo(302);
        assertThat(staff.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
