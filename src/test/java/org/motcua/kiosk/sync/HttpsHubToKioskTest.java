package org.motcua.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.motcua.kiosk.hub.HubRegistry;
import org.motcua.kiosk.support.HubHarness;
import org.motcua.kiosk.support.TestCertificates;

/**
 * The real hub serving HTTPS by Spring Boot's {@code server.ssl.*} with a certificate from the test's own CA (as a
 * province's CA certifies its hub), and a real kiosk (its own JVM and Derby) that trusts that CA through
 * {@code motcua.sync.trust-store} and nothing else: every record it commits reaches the hub, once. A context of its
 * own (TLS on), so the other hub tests keep their plain HTTP one.
 */
class HttpsHubToKioskTest extends HubHarness {

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        TestCertificates certificates = TestCertificates.get();
        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", () -> certificates.localServer().toUri().toString());
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.key-store-password", () -> TestCertificates.PASSWORD);
        registry.add("server.ssl.key-alias", () -> "server");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
    }

    @Autowired
    HubRegistry registry;
    @Autowired
    JdbcClient hubDb;

    @Test
    void aKioskTrustingTheProvincesCaSyncsEverythingOverHttps(@TempDir Path data) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        registry.addOffice("tls-" + suffix, "Phường Mẫu TLS");
        String kioskId = "kiosk-" + suffix;
        registry.addKiosk(kioskId, "tls-" + suffix, "Ki-ốt sảnh");
        String token = registry.issueToken(kioskId);

        try (KioskProcess kiosk = KioskProcess.start(data, URI.create("https://localhost:" + port), kioskId, token,
                "motcua.sync.trust-store=" + TestCertificates.get().caPem())) {
            kiosk.serve(6);
            kiosk.drained(Duration.ofSeconds(60));
            kiosk.quit();
        }
        KioskProcess.Recorded kiosk = KioskProcess.Recorded.in(data);
        assertThat(kiosk.outbox()).isZero();
        assertThat(kiosk.events()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(new HashSet<>(onHub("ticket_event", kioskId))).isEqualTo(kiosk.events());
        assertThat(new HashSet<>(onHub("rating", kioskId))).isEqualTo(kiosk.ratings());
        assertThat(onHub("rating", kioskId)).doesNotHaveDuplicates().hasSize(6);
    }

    private java.util.List<String> onHub(String table, String kioskId) {
        return hubDb.sql("SELECT id FROM " + table + " WHERE kiosk_id = ?").param(kioskId).query(String.class).list()
                .stream().map(String::trim).toList();
    }
}
