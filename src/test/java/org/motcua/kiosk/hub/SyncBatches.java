package org.motcua.kiosk.hub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.motcua.kiosk.base.TimeConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches of docs/sync-protocol.md made in tests, and sent over real HTTP: records as ordered maps (so a test can
 * break one field), a whole day of a ticket's events, JSON by Jackson.
 */
public final class SyncBatches {

    /**
     * Every character past ASCII written as an escape (a backslash, u, four hex digits), as some kiosks' JSON libraries
     * do: the hub must read them back the same, and a test can send what a Java string cannot carry through UTF-8
     * (half of a UTF-16 pair).
     */
    public static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public SyncBatches(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** One queue event, every field present as the kiosk sends it. */
    public static Map<String, Object> event(UUID ticket, String type, Instant at, String service, Integer counter,
                                            String display) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "ticketEvent");
        e.put("id", UUID.randomUUID().toString());
        e.put("ticketId", ticket.toString());
        e.put("eventType", type);
        e.put("happenedAt", at.toString());
        e.put("serviceId", service);
        e.put("counter", counter);
        e.put("officer", counter == null ? null : "canbo" + counter);
        e.put("detail", null);
        e.put("ticketDay", LocalDate.ofInstant(at, TimeConfiguration.VIETNAM).toString());
        e.put("ticketDisplay", display);
        e.put("priority", null);
        e.put("procedureCode", "1.001234");
        return e;
    }

    /** A ticket's day: issued, called after {@code waitMinutes}, served for {@code serviceMinutes}, finished. */
    public static List<Map<String, Object>> servedTicket(UUID ticket, Instant issued, int waitMinutes,
                                                         int serviceMinutes, String service, int counter,
                                                         String display) {
        Instant called = issued.plusSeconds(60L * waitMinutes);
        return List.of(event(ticket, "ISSUED", issued, service, null, display),
                event(ticket, "CALLED", called, service, counter, display),
                event(ticket, "SERVING", called.plusSeconds(30), service, counter, display),
                event(ticket, "FINISHED", called.plusSeconds(30 + 60L * serviceMinutes), service, counter, display));
    }

    /** A counted rating on a scale of 3 (1 best, 3 "không hài lòng"). */
    public static Map<String, Object> rating(Instant at, int level, boolean counted) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "rating");
        r.put("id", UUID.randomUUID().toString());
        r.put("recordedAt", at.toString());
        r.put("channel", "BUTTON_BOX");
        r.put("scaleSize", 3);
        r.put("level", level);
        r.put("dissatisfied", level == 3);
        r.put("ticketId", UUID.randomUUID().toString());
        r.put("ticketDisplay", "A001");
        r.put("dossierCode", null);
        r.put("serviceId", "ho-tich");
        r.put("field", "Hộ tịch");
        r.put("counter", 1);
        r.put("officer", "canbo");
        r.put("answers", Map.of("C1_TIME", 2, "C7_ATTITUDE", 1));
        r.put("reasons", level == 3 ? List.of("LONG_WAIT") : List.of());
        r.put("comment", level == 3 ? "Chờ lâu quá" : null);
        r.put("counted", counted);
        r.put("flag", counted ? null : "OUTSIDE_WINDOW");
        return r;
    }

    public static String batch(String kioskId, List<? extends Map<String, Object>> records) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("kioskId", kioskId);
        b.put("batchId", UUID.randomUUID().toString());
        b.put("records", new ArrayList<>(records));
        return JSON.writeValueAsString(b);
    }

    /** POSTs a body to the batch endpoint; null token or content type: the header is left out. */
    public HttpResponse<String> post(String token, String contentType, String body) {
        return post(token, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> post(String token, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(baseUrl + "/api/sync/v1/batches"))
                .timeout(Duration.ofSeconds(60)).POST(body);
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return send(r.build());
    }

    public HttpResponse<String> postJson(String token, String body) {
        return post(token, "application/json", body);
    }

    public HttpResponse<String> catalog(String token, String ifNoneMatch) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(baseUrl + "/api/sync/v1/catalog"))
                .timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (ifNoneMatch != null) {
            r.header("If-None-Match", ifNoneMatch);
        }
        return send(r.build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
