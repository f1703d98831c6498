package org.motcua.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.unit.DataSize;

import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.support.TestCertificates;

/**
 * The kiosk's sync over real TLS to a hub in the test's JVM (com.sun.net.httpserver.HttpsServer) whose certificate
 * comes from a CA of the test's own, as a province's hub's does: trusted through {@code motcua.sync.trust-store}
 * (PEM or PKCS12) the batches go through; with the JDK's trust store, or to a certificate for another name, nothing
 * is sent, the error says why, and the outbox keeps every record. Settings that would send the token in clear, or a
 * trust store that cannot be used, keep the kiosk from syncing at all, with the reason for the back office.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SyncOverHttpsTest {

    @Autowired
    SyncStore store;
    @Autowired
    CatalogService catalog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueService queue;

    final TestCertificates certificates = TestCertificates.get();
    FakeHub hub;
    SyncService sync;

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM sync_outbox").update();
        jdbc.sql("""
                UPDATE sync_state SET acknowledged = 0, last_attempt_at = NULL, last_success_at = NULL,
                       last_error_at = NULL, last_error = NULL, catalog_error_at = NULL, catalog_error = NULL""")
                .update();
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.stop();
        }
        if (hub != null) {
            hub.close();
        }
    }

    private FakeHub httpsHub(Path serverKeyStore) throws Exception {
        hub = new FakeHub(TestCertificates.serverContext(serverKeyStore));
        return hub;
    }

    private static SyncProperties settings(String url) {
        return new SyncProperties(url, FakeHub.KIOSK, FakeHub.TOKEN, 5, Duration.ofMillis(200), Duration.ofSeconds(5),
                Duration.ofMillis(50), Duration.ofMillis(300), Duration.ofHours(1), DataSize.ofMegabytes(20));
    }

    private SyncService start(SyncProperties p) {
        sync = new SyncService(p, store, catalog, events, clock);
        sync.start();
        return sync;
    }

    private List<String> issue(int tickets) {
        for (int i = 0; i < tickets; i++) {
            queue.issueTicket("ho-tich", null);
        }
        return waiting();
    }

    private List<String> waiting() {
        return jdbc.sql("SELECT record_id FROM sync_outbox ORDER BY seq").query(String.class).list().stream()
                .map(String::strip).toList();
    }

    private long acknowledged() {
        return jdbc.sql("SELECT acknowledged FROM sync_state WHERE id = 1").query(Long.class).single();
    }

    @Test
    void aHubCertifiedByTheCaOfTheTrustStoreGetsEveryBatch() throws Exception {
        httpsHub(certificates.localServer());
        List<String> expected = issue(12);
        start(settings(hub.url()).withTrustStore(certificates.caPem().toString(), null, null));
        assertThat(sync.link().kind()).isEqualTo(SyncLink.Kind.HTTPS);
        assertThat(sync.link().trustStore()).isEqualTo(certificates.caPem().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting().isEmpty());
        assertThat(hub.stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(hub.batchSizes).containsExactly(5, 5, 2);
        assertThat(hub.violations).isEmpty();
        assertThat(acknowledged()).isEqualTo(12);
        assertThat(sync.status().lastError()).isNull();
        // The catalogue is asked for over the same link (none published: 404, checked, no error).
        await().atMost(Duration.ofSeconds(5)).until(() -> sync.status().catalogCheckedAt() != null);
        assertThat(sync.status().catalogError()).isNull();
    }

    @Test
    void aPkcs12TrustStoreAndTheHubsNameWorkToo() throws Exception {
        httpsHub(certificates.localServer());
        List<String> expected = issue(3);
        start(settings(hub.url("localhost")).withTrustStore(certificates.trustStore().toString(),
                TestCertificates.PASSWORD, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting().isEmpty());
        assertThat(hub.stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void withTheJdksTrustStoreTheCertificateIsNotTrustedAndNothingIsSentOrForgotten() throws Exception {
        httpsHub(certificates.localServer());
        List<String> expected = issue(7);
        start(settings(hub.url()));
        assertThat(sync.link().kind()).isEqualTo(SyncLink.Kind.HTTPS);
        assertThat(sync.link().trustStore()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.status().lastError() != null);
        SyncStatus status = sync.status();
        assertThat(status.lastError()).contains("Chứng chỉ của máy chủ tổng hợp không được tin cậy",
                "the hub's certificate is not trusted", "motcua.sync.trust-store");
        assertThat(status.catalogError()).contains("the hub's certificate is not trusted");
        Thread.sleep(400);
        assertThat(waiting()).isEqualTo(expected);
        assertThat(acknowledged()).isZero();
        assertThat(hub.batches.get()).isZero();
        assertThat(hub.catalogRequests.get()).isZero();
        assertThat(hub.stored).isEmpty();
    }

    @Test
    void aCertificateForAnotherNameIsRefusedEvenFromTheTrustedCa() throws Exception {
        httpsHub(certificates.serverNamed("hub.tinh-mau.gov.vn"));
        List<String> expected = issue(2);
        start(settings(hub.url()).withTrustStore(certificates.caPem().toString(), null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.status().lastError() != null);
        assertThat(sync.status().lastError()).contains("the hub's certificate does not name the host");
        assertThat(waiting()).isEqualTo(expected);
        assertThat(hub.batches.get()).isZero();
    }

    @Test
    void aTrustStoreThatCannotBeUsedKeepsTheKioskFromSyncingAndSaysWhy(@TempDir Path dir) throws Exception {
        httpsHub(certificates.localServer());
        issue(1);
        Path notAStore = Files.writeString(dir.resolve("ca.p12"), "not a key store");
        Path emptyPem = Files.writeString(dir.resolve("ca.pem"), "");
        record Case(SyncProperties settings, SyncLink.TrustProblem problem) {
        }
        String trust = certificates.trustStore().toString();
        for (Case c : List.of(
                new Case(settings(hub.url()).withTrustStore(dir.resolve("missing.pem").toString(), null, null),
                        SyncLink.TrustProblem.MISSING),
                new Case(settings(hub.url()).withTrustStore(trust, "wrong", null), SyncLink.TrustProblem.PASSWORD),
                new Case(settings(hub.url()).withTrustStore(notAStore.toString(), "x", null),
                        SyncLink.TrustProblem.INVALID),
                new Case(settings(hub.url()).withTrustStore(emptyPem.toString(), null, null),
                        SyncLink.TrustProblem.EMPTY),
                new Case(settings(hub.url()).withTrustStore(certificates.caPem().toString(), null, "PKCS12"),
                        SyncLink.TrustProblem.INVALID))) {
            start(c.settings());
            assertThat(sync.link().kind()).as(c.settings().trustStore()).isEqualTo(SyncLink.Kind.TRUST_STORE_PROBLEM);
            assertThat(sync.link().problem()).as(c.settings().trustStore()).isEqualTo(c.problem());
            assertThat(sync.link().held()).isTrue();
            sync.syncNow();
            sync.stop();
        }
        Thread.sleep(300);
        assertThat(hub.batches.get()).isZero();
        assertThat(hub.catalogRequests.get()).isZero();
        assertThat(waiting()).hasSize(1);
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedUnlessAllowedAndLoopbackIsFine() {
        SyncProperties remote = settings("http://192.0.2.10:8080");
        start(remote);
        assertThat(sync.link().kind()).isEqualTo(SyncLink.Kind.PLAIN_HTTP_REFUSED);
        assertThat(sync.link().held()).isTrue();
        sync.stop();
        SyncProperties allowed = new SyncProperties(remote.hubUrl(), remote.kioskId(), remote.token(), 5,
                remote.interval(), remote.timeout(), remote.backoffMin(), remote.backoffMax(),
                remote.catalogInterval(), remote.catalogMaxSize(), null, null, null, true);
        sync = new SyncService(allowed, store, catalog, events, clock);
        assertThat(sync.link().kind()).isEqualTo(SyncLink.Kind.PLAIN_HTTP);
        assertThat(sync.link().held()).isFalse();
        assertThat(sync.link().warning()).isTrue();
        sync = new SyncService(settings("http://localhost:8080"), store, catalog, events, clock);
        assertThat(sync.link().kind()).isEqualTo(SyncLink.Kind.HTTP_LOOPBACK);
        assertThat(sync.link().warning()).isFalse();
        sync = null;
    }
}
