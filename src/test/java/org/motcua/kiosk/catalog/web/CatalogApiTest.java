package org.motcua.kiosk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public read-only API over real HTTP: anyone may call it; what a caller gets wrong is a 4xx with a reason in
 * Vietnamese and English, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET());
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request.header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = r.body().isBlank() ? null : JSON.readTree(r.body());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body);
    }

    @Test
    void searchAnswersBestFirstWithoutLogin() throws Exception {
        Answer a = get("/api/catalog/search?q=dang%20ky%20ket%20hon&limit=5");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.body().size()).isBetween(1, 5);
        JsonNode first = a.body().get(0);
        assertThat(first.get("code").asString()).isEqualTo("1.000894");
        assertThat(first.get("name").asString()).isEqualTo("Thủ tục đăng ký kết hôn");
        assertThat(first.get("field").asString()).isEqualTo("Hộ tịch");
        double previous = Double.MAX_VALUE;
        for (JsonNode hit : a.body()) {
            assertThat(hit.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = hit.get("score").asDouble();
        }
    }

    @Test
    void vietnameseInTheQueryStringIsUnderstood() throws Exception {
        Answer a = get("/api/catalog/search?q=" + java.net.URLEncoder.encode("đăng ký khai tử", StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get(0).get("code").asString()).isEqualTo("1.000656");
    }

    @Test
    void procedureComesInTheCatalogueFormatWithUnknownFeesAsNull() throws Exception {
        Answer a = get("/api/catalog/procedures/1.001193");
        assertThat(a.status()).isEqualTo(200);
        JsonNode p = a.body();
        assertThat(p.get("code").asString()).isEqualTo("1.001193");
        assertThat(p.get("name").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        JsonNode fees = p.get("methods").get(0).get("fees");
        assertThat(fees.get(0).get("amount").asLong()).isZero();
        assertThat(fees.get(1).get("amount").isNull()).isTrue();
        assertThat(fees.get(2).get("amount").asLong()).isEqualTo(8000);
        assertThat(p.get("legalBasis").get(0).asString()).contains("Luật Hộ tịch");
    }

    @Test
    void unknownProcedureIs404WithAReason() throws Exception {
        Answer a = get("/api/catalog/procedures/9.999999");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body().get("messageVi").asString()).contains("không có thủ tục");
        assertThat(a.body().get("messageEn").asString()).contains("no procedure");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/catalog/search                    | thiếu từ khóa",
            "/api/catalog/search?q=%20%20           | thiếu từ khóa",
            "/api/catalog/search?q=ket&limit=abc    | limit phải là số nguyên",
            "/api/catalog/search?q=ket&limit=0      | limit phải là số nguyên",
            "/api/catalog/search?q=ket&limit=51     | limit phải là số nguyên",
            "/api/catalog/search?q=ket&limit=-3     | limit phải là số nguyên",
            "/api/catalog/search?q=ket&limit=1e3    | limit phải là số nguyên",
            "/api/catalog/procedures/abc            | mã thủ tục không hợp lệ",
            "/api/catalog/procedures/1.00119        | mã thủ tục không hợp lệ"})
    void badParametersAre400WithAReasonInBothLanguages(String url, String reason) throws Exception {
        Answer a = get(url.strip());
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("status").asInt()).isEqualTo(400);
        assertThat(a.body().get("messageVi").asString()).contains(reason.strip());
        assertThat(a.body().get("messageEn").asString()).isNotBlank();
    }

    @Test
    void overlongSearchTextIs400() throws Exception {
        Answer a = get("/api/catalog/search?q=" + "a".repeat(201));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("messageEn").asString()).contains("too long");
    }

    @Test
    void theApiIsReadOnly() throws Exception {
        Answer a = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/search?q=ket"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(a.status()).isBetween(400, 499);
    }
}
