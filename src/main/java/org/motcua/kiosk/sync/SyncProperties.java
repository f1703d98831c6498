package org.motcua.kiosk.sync;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code motcua.sync.*}: where the hub is and how this kiosk talks to it. With no {@code hub-url} the kiosk has no
 * upstream: it keeps its outbox and sends nothing. A configured hub needs {@code kiosk-id} and {@code token}; a bad
 * combination stops the start with a message that names the setting.
 *
 * @param hubUrl the hub's base address, {@code https://hub.example.vn} (HTTP or HTTPS); empty: no upstream
 * @param kioskId this kiosk's name at the hub, the one its token was issued to
 * @param token the bearer token the hub's administrator issued for this kiosk
 * @param batchSize records per batch, 1 to 1,000 (the hub's default limit)
 * @param interval how often an idle kiosk looks for new records to send
 * @param timeout connecting, and the whole exchange of one batch (a catalogue download may take six times as long)
 * @param backoffMin the first wait after a failed batch; waits double, with full jitter, up to {@code backoffMax}
 * @param backoffMax the longest wait between attempts; also the pace at which a refused (4xx) batch is retried
 * @param catalogInterval how often the hub is asked for a new catalogue (also at start and on "sync now")
 * @param catalogMaxSize the largest catalogue download accepted
 */
@ConfigurationProperties("motcua.sync")
public record SyncProperties(
        String hubUrl,
        String kioskId,
        String token,
        @DefaultValue("500") int batchSize,
        @DefaultValue("15s") Duration interval,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2s") Duration backoffMin,
        @DefaultValue("5m") Duration backoffMax,
        @DefaultValue("5m") Duration catalogInterval,
        @DefaultValue("20MB") DataSize catalogMaxSize) {

    /** The hub's own limit on records per batch (protocol default). */
    public static final int MAX_BATCH = 1000;

    public SyncProperties {
        hubUrl = hubUrl == null || hubUrl.isBlank() ? "" : hubUrl.strip().replaceAll("/+$", "");
        kioskId = kioskId == null ? "" : kioskId.strip();
        token = token == null ? "" : token.strip();
        if (!hubUrl.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(hubUrl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("motcua.sync.hub-url is not an address: " + hubUrl, e);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("motcua.sync.hub-url must be http://host... or https://host..., was "
                        + hubUrl);
            }
            if (kioskId.isEmpty()) {
                throw new IllegalArgumentException("motcua.sync.kiosk-id is needed when motcua.sync.hub-url is set");
            }
            if (token.isEmpty()) {
                throw new IllegalArgumentException("motcua.sync.token is needed when motcua.sync.hub-url is set");
            }
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("motcua.sync.batch-size must be 1 to " + MAX_BATCH + ", was " + batchSize);
        }
        requirePositive("interval", interval);
        requirePositive("timeout", timeout);
        requirePositive("backoff-min", backoffMin);
        requirePositive("backoff-max", backoffMax);
        requirePositive("catalog-interval", catalogInterval);
        if (backoffMax.compareTo(backoffMin) < 0) {
            throw new IllegalArgumentException("motcua.sync.backoff-max must not be shorter than backoff-min");
        }
        if (catalogMaxSize == null || catalogMaxSize.toBytes() <= 0 || catalogMaxSize.toMegabytes() > 1024) {
            throw new IllegalArgumentException("motcua.sync.catalog-max-size must be more than 0 and at most 1GB");
        }
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("motcua.sync." + name + " must be more than 0");
        }
    }

    /** Whether a hub is configured; if not, nothing is sent. */
    public boolean configured() {
        return !hubUrl.isEmpty();
    }

    /** The same settings with another hub, kiosk and token: for tests and tools that point a kiosk somewhere. */
    public SyncProperties withHub(String url, String kiosk, String bearer) {
        return new SyncProperties(url, kiosk, bearer, batchSize, interval, timeout, backoffMin, backoffMax,
                catalogInterval, catalogMaxSize);
    }
}
