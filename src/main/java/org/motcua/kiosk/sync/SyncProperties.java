package org.motcua.kiosk.sync;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param trustStore the certificate authorities trusted for an HTTPS hub, instead of the JDK's (for a hub whose
 *        certificate comes from a provincial or internal CA): a PKCS12 or JKS file, or a PEM file of one or more
 *        certificates; empty: the JDK's trust store. Only the sync's connections use it.
 * @param trustStorePassword the trust store's password (PKCS12, JKS); empty: none
 * @param trustStoreType PKCS12, JKS or PEM; empty: PEM for a {@code .pem}, {@code .crt} or {@code .cer} file,
 *        else PKCS12
 * @param allowPlainHttp whether the token may travel unencrypted, over {@code http://} to another machine than this
 *        one; false: the kiosk does not sync to such a hub (http:// to localhost / 127.0.0.1 / ::1 is always allowed)
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
        @DefaultValue("20MB") DataSize catalogMaxSize,
        String trustStore,
        String trustStorePassword,
        String trustStoreType,
        @DefaultValue("false") boolean allowPlainHttp) {

    /** The hub's own limit on records per batch (protocol default). */
    public static final int MAX_BATCH = 1000;
    private static final java.util.Set<String> TRUST_STORE_TYPES = java.util.Set.of("PKCS12", "JKS", "PEM");

    @ConstructorBinding
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
        trustStore = trustStore == null ? "" : trustStore.strip();
        trustStorePassword = trustStorePassword == null ? "" : trustStorePassword;
        trustStoreType = trustStoreType == null ? "" : trustStoreType.strip().toUpperCase(java.util.Locale.ROOT);
        if (trustStore.isEmpty() && (!trustStorePassword.isEmpty() || !trustStoreType.isEmpty())) {
            throw new IllegalArgumentException(
                    "motcua.sync.trust-store-password and -type need motcua.sync.trust-store (the file)");
        }
        if (!trustStoreType.isEmpty() && !TRUST_STORE_TYPES.contains(trustStoreType)) {
            throw new IllegalArgumentException("motcua.sync.trust-store-type must be PKCS12, JKS or PEM, was "
                    + trustStoreType);
        }
        if (!trustStore.isEmpty() && trustStoreType.isEmpty()) {
            String name = trustStore.toLowerCase(java.util.Locale.ROOT);
            trustStoreType = name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer") ? "PEM"
                    : "PKCS12";
        }
    }

    /** Settings as before the trust store existed: the JDK's trust store, no plain HTTP to another machine. */
    public SyncProperties(String hubUrl, String kioskId, String token, int batchSize, Duration interval,
                          Duration timeout, Duration backoffMin, Duration backoffMax, Duration catalogInterval,
                          DataSize catalogMaxSize) {
        this(hubUrl, kioskId, token, batchSize, interval, timeout, backoffMin, backoffMax, catalogInterval,
                catalogMaxSize, null, null, null, false);
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

    /** Whether the hub is reached over HTTPS. */
    public boolean https() {
        return hubUrl.startsWith("https:");
    }

    /**
     * Whether the token would travel unencrypted over a network: {@code http://} to another host than this machine's
     * loopback ({@code localhost}, {@code 127.x.x.x}, {@code ::1}). Names other than localhost are not resolved.
     */
    public boolean plainHttpOverNetwork() {
        if (!configured() || https()) {
            return false;
        }
        String host = URI.create(hubUrl).getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")) {
            return false;
        }
        try {
            return !java.net.InetAddress.ofLiteral(host).isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return true;
        }
    }

    /** The same settings with another hub, kiosk and token: for tests and tools that point a kiosk somewhere. */
    public SyncProperties withHub(String url, String kiosk, String bearer) {
        return new SyncProperties(url, kiosk, bearer, batchSize, interval, timeout, backoffMin, backoffMax,
                catalogInterval, catalogMaxSize, trustStore, trustStorePassword, trustStoreType, allowPlainHttp);
    }

    /** The same settings with a trust store (PKCS12, JKS or PEM; null type: from the file's name). */
    public SyncProperties withTrustStore(String file, String password, String type) {
        return new SyncProperties(hubUrl, kioskId, token, batchSize, interval, timeout, backoffMin, backoffMax,
                catalogInterval, catalogMaxSize, file, password, type, allowPlainHttp);
    }

    @Override
    public String toString() {
        return "SyncProperties[hubUrl=" + hubUrl + ", kioskId=" + kioskId + ", trustStore=" + trustStore + "]";
    }
}
