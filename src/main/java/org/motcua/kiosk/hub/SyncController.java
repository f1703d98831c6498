package org.motcua.kiosk.hub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.motcua.kiosk.catalog.CatalogFormat;
import org.motcua.kiosk.catalog.CatalogService;

/**
 * The kiosks' side of the hub, as {@code docs/sync-protocol.md} says: batches in, the published catalogue out. Every
 * request carries its kiosk's token (not a back-office login; security lets {@code /api/sync/**} through without CSRF
 * and leaves the check to this class). A caller's mistake is a 4xx with a reason in Vietnamese and English, never a
 * 500, and a refused batch stores nothing.
 */
@RestController
@Profile("hub")
@RequestMapping("/api/sync/v1")
class SyncController {

    private static final Logger log = LoggerFactory.getLogger(SyncController.class);
    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);
    /** A body this many times the limit is not read to its end: the connection is dropped after the 413. */
    private static final int DRAIN_FACTOR = 8;

    /** The body of every 4xx answer; {@code problems} only for an invalid batch. */
    record Refusal(String messageVi, String messageEn) {
    }

    record Invalid(String messageVi, String messageEn, List<BatchReader.Problem> problems) {
    }

    record Accepted(int received, int stored, int duplicates) {
    }

    /** The catalogue file of one version, written once and served to every kiosk that asks. */
    private record CatalogBytes(long version, byte[] bytes) {
    }

    private final HubRegistry registry;
    private final BatchStore store;
    private final CatalogService catalog;
    private final HubProperties properties;
    private final BatchReader reader;
    private final AtomicReference<CatalogBytes> catalogBytes = new AtomicReference<>();

    SyncController(HubRegistry registry, BatchStore store, CatalogService catalog, HubProperties properties) {
        this.registry = registry;
        this.store = store;
        this.catalog = catalog;
        this.properties = properties;
        this.reader = new BatchReader(properties.maxBatch());
    }

    @PostMapping("/batches")
    ResponseEntity<?> batches(HttpServletRequest request) throws IOException {
        Optional<HubRegistry.Kiosk> kiosk = registry.authenticate(bearer(request.getHeader(HttpHeaders.AUTHORIZATION)));
        if (kiosk.isEmpty()) {
            return unauthorized();
        }
        registry.seen(kiosk.get().id());
        if (!isJson(request.getContentType())) {
            return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "nội dung phải là application/json (UTF-8), đã nhận: " + request.getContentType(),
                    "the body must be application/json (UTF-8), got: " + request.getContentType());
        }
        long max = properties.maxBody().toBytes();
        byte[] body = readAtMost(request, max);
        if (body == null) {
            return refuse(HttpStatus.CONTENT_TOO_LARGE, "lô quá lớn: tối đa " + max + " byte",
                    "batch too large: at most " + max + " bytes");
        }
        BatchReader.Batch batch;
        try {
            batch = reader.read(body);
        } catch (BatchReader.Refused r) {
            if (r.kioskId != null && !r.kioskId.equals(kiosk.get().id())) {
                return forbidden(kiosk.get(), r.kioskId);
            }
            log.info("Batch from {} refused: {}", kiosk.get().id(), r.messageEn);
            return r.tooLarge ? refuse(HttpStatus.CONTENT_TOO_LARGE, r.messageVi, r.messageEn)
                    : ResponseEntity.badRequest().contentType(JSON).body(new Invalid(r.messageVi, r.messageEn,
                            r.problems));
        }
        if (!batch.kioskId().equals(kiosk.get().id())) {
            return forbidden(kiosk.get(), batch.kioskId());
        }
        BatchStore.Result result = store.store(kiosk.get(), batch);
        log.debug("Batch {} from {}: {} records, {} stored", batch.batchId(), kiosk.get().id(), result.received(),
                result.stored());
        return ResponseEntity.ok().contentType(JSON)
                .body(new Accepted(result.received(), result.stored(), result.duplicates()));
    }

    @GetMapping("/catalog")
    ResponseEntity<?> catalog(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                              @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch)
            throws IOException {
        Optional<HubRegistry.Kiosk> kiosk = registry.authenticate(bearer(authorization));
        if (kiosk.isEmpty()) {
            return unauthorized();
        }
        Optional<CatalogService.Current> current = catalog.current();
        if (current.isEmpty()) {
            registry.seen(kiosk.get().id());
            return refuse(HttpStatus.NOT_FOUND, "máy chủ tổng hợp chưa công bố danh mục thủ tục nào",
                    "the hub has published no catalogue");
        }
        String etag = "\"" + current.get().version().version() + "\"";
        registry.catalogServed(kiosk.get().id(), etag);
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).contentType(JSON).body(bytes(current.get()));
    }

    private byte[] bytes(CatalogService.Current current) throws IOException {
        CatalogBytes cached = catalogBytes.get();
        if (cached == null || cached.version() != current.version().version()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            CatalogFormat.write(current.file(), out);
            cached = new CatalogBytes(current.version().version(), out.toByteArray());
            catalogBytes.set(cached);
        }
        return cached.bytes();
    }

    /** If-None-Match holds this ETag (weak or strong) or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** The token of "Authorization: Bearer <token>", or null. */
    static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String a = authorization.strip();
        return a.regionMatches(true, 0, "Bearer ", 0, 7) ? a.substring(7).strip() : null;
    }

    /** application/json, in UTF-8 if a charset is named. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
        } catch (InvalidMediaTypeException | java.nio.charset.UnsupportedCharsetException
                 | java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /** The body, or null when it is longer than {@code max} (read on a little, so the client hears the 413). */
    private static byte[] readAtMost(HttpServletRequest request, long max) throws IOException {
        InputStream in = request.getInputStream();
        if (request.getContentLengthLong() > max) {
            drain(in, max * DRAIN_FACTOR);
            return null;
        }
        byte[] body = in.readNBytes((int) max + 1);
        if (body.length > max) {
            drain(in, max * DRAIN_FACTOR);
            return null;
        }
        return body;
    }

    private static void drain(InputStream in, long atMost) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = atMost;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private static ResponseEntity<Refusal> unauthorized() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(JSON).body(new Refusal(
                        "thiếu mã truy cập của ki-ốt, hoặc mã không đúng hay đã bị thu hồi (Authorization: Bearer …)",
                        "no kiosk token, or an unknown or revoked one (Authorization: Bearer …)"));
    }

    private static ResponseEntity<Refusal> forbidden(HubRegistry.Kiosk kiosk, String claimed) {
        log.warn("Kiosk {} sent a batch as {}", kiosk.id(), claimed);
        return refuse(HttpStatus.FORBIDDEN, "mã truy cập này thuộc ki-ốt khác, không phải " + claimed,
                "this token belongs to another kiosk than " + claimed);
    }

    private static ResponseEntity<Refusal> refuse(HttpStatus status, String vi, String en) {
        return ResponseEntity.status(status).contentType(JSON).body(new Refusal(vi, en));
    }
}
