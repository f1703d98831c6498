package org.motcua.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The backoff's waits, and the settings a kiosk refuses to start with. */
class SyncSettingsTest {

    private static SyncProperties settings(String url, String kiosk, String token, int batch) {
        return new SyncProperties(url, kiosk, token, batch, Duration.ofSeconds(15), Duration.ofSeconds(10),
                Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(5), DataSize.ofMegabytes(20));
    }

    @Test
    void waitsDoubleFromTheMinimumUpToTheMaximumWithFullJitter() {
        Backoff lowest = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), () -> 0.0);
        Backoff highest = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), () -> 0.999_999);
        assertThat(lowest.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(highest.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(highest.after(2).toMillis()).isBetween(3_990L, 4_000L);
        assertThat(highest.after(5).toMillis()).isBetween(31_990L, 32_000L);
        assertThat(lowest.after(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(highest.after(8).toMillis()).isBetween(255_990L, 256_000L);
        assertThat(highest.after(9).toMillis()).isBetween(299_990L, 300_000L);
        assertThat(highest.after(10_000).toMillis()).isBetween(299_990L, 300_000L);
        Backoff half = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), () -> 0.5);
        assertThat(half.after(3)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void noHubMeansNoUpstreamAndAHubNeedsAKioskIdAndAToken() {
        assertThat(settings("", "", "", 500).configured()).isFalse();
        assertThat(settings(null, null, null, 500).configured()).isFalse();
        SyncProperties hub = settings(" https://hub.example.vn/ ", "phuong-mau-1", "t", 500);
        assertThat(hub.configured()).isTrue();
        assertThat(hub.hubUrl()).isEqualTo("https://hub.example.vn");
        assertThatThrownBy(() -> settings("https://hub.example.vn", "", "t", 500))
                .hasMessageContaining("motcua.sync.kiosk-id");
        assertThatThrownBy(() -> settings("https://hub.example.vn", "k", " ", 500))
                .hasMessageContaining("motcua.sync.token");
        assertThatThrownBy(() -> settings("ftp://hub.example.vn", "k", "t", 500))
                .hasMessageContaining("motcua.sync.hub-url");
        assertThatThrownBy(() -> settings("", "", "", 1_001)).hasMessageContaining("motcua.sync.batch-size");
        assertThatThrownBy(() -> settings("", "", "", 0)).hasMessageContaining("motcua.sync.batch-size");
    }

    @Test
    void plainHttpCountsAsOverTheNetworkUnlessToThisMachine() {
        assertThat(settings("http://127.0.0.1:8080", "k", "t", 500).plainHttpOverNetwork()).isFalse();
        assertThat(settings("http://127.8.9.10", "k", "t", 500).plainHttpOverNetwork()).isFalse();
        assertThat(settings("http://localhost:8080", "k", "t", 500).plainHttpOverNetwork()).isFalse();
        assertThat(settings("http://[::1]:8080", "k", "t", 500).plainHttpOverNetwork()).isFalse();
        assertThat(settings("http://10.0.0.5:8080", "k", "t", 500).plainHttpOverNetwork()).isTrue();
        assertThat(settings("http://hub.tinh-mau.gov.vn", "k", "t", 500).plainHttpOverNetwork()).isTrue();
        assertThat(settings("http://localhost.evil.example", "k", "t", 500).plainHttpOverNetwork()).isTrue();
        assertThat(settings("https://10.0.0.5", "k", "t", 500).plainHttpOverNetwork()).isFalse();
        assertThat(settings("", "", "", 500).plainHttpOverNetwork()).isFalse();
    }

    @Test
    void aTrustStoreHasATypeFromItsNameAndAPasswordNeedsAStore() {
        SyncProperties base = settings("https://hub.example.vn", "k", "t", 500);
        assertThat(base.trustStore()).isEmpty();
        assertThat(base.withTrustStore("/etc/motcua/ca-tinh.pem", null, null).trustStoreType()).isEqualTo("PEM");
        assertThat(base.withTrustStore("/etc/motcua/ca-tinh.crt", null, null).trustStoreType()).isEqualTo("PEM");
        assertThat(base.withTrustStore("/etc/motcua/trust.p12", "pw", null).trustStoreType()).isEqualTo("PKCS12");
        assertThat(base.withTrustStore("/etc/motcua/trust.jks", "pw", "jks").trustStoreType()).isEqualTo("JKS");
        assertThatThrownBy(() -> base.withTrustStore("/etc/motcua/trust.p12", null, "DER"))
                .hasMessageContaining("motcua.sync.trust-store-type");
        assertThatThrownBy(() -> base.withTrustStore("", "pw", null))
                .hasMessageContaining("motcua.sync.trust-store");
        assertThat(base.withTrustStore("/x.p12", "secret", null).toString()).doesNotContain("secret")
                .doesNotContain("t]");
    }
}
