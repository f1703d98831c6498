package org.motcua.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.motcua.kiosk.hub.HubRegistry;
import org.motcua.kiosk.support.FaultyProxy;
import org.motcua.kiosk.support.HubHarness;

/**
 * A real kiosk (its own JVM, its own Derby files) syncing to the real hub (PostgreSQL) through a line that fails the
 * ways lines and hubs fail. After each run the hub must hold exactly the kiosk's records: every queue event and every
 * rating the kiosk committed, none missing, none twice, and the kiosk's outbox empty.
 */
class SyncFaultTest extends HubHarness {

    /** Citizens served per run: 4 queue events and a rating each, so 150 records in batches of 20. */
    static final int CITIZENS = 30;

    @Autowired
    HubRegistry registry;
    @Autowired
    JdbcClient hubDb;

    FaultyProxy line;
    /** The kiosk's data directory, its Derby files surviving a kill and a restart; removed after the test. */
    @TempDir
    Path data;
    String kioskId;
    String token;

    @BeforeEach
    void aRegisteredKioskBehindAFaultyLine() throws Exception {
        line = FaultyProxy.to(URI.create("http://127.0.0.1:" + port));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        registry.addOffice("office-" + suffix, "Phường Mẫu " + suffix);
        kioskId = "kiosk-" + suffix;
        registry.addKiosk(kioskId, "office-" + suffix, "Ki-ốt sảnh");
        token = registry.issueToken(kioskId);
    }

    @AfterEach
    void closeTheLine() {
        line.close();
    }

    @Test
    void aKioskCutOffForTheWholeRunSendsEverythingOnceTheHubIsBack() {
        line.down();
        try (KioskProcess kiosk = KioskProcess.start(data, line.url(), kioskId, token)) {
            kiosk.serve(CITIZENS);
            // It keeps trying while nothing answers; the hub has none of it.
            sleep(Duration.ofSeconds(2));
            assertThat(onHub("rating")).isEmpty();
            line.up();
            kiosk.drained(Duration.ofSeconds(60));
            kiosk.quit();
        }
        assertTheHubHoldsExactlyWhatTheKioskRecorded();
    }

    @Test
    void aHubAnsweringFiveHundredOnEveryThirdBatchAfterStoringItCountsNothingTwice() {
        line.failEvery(3);
        try (KioskProcess kiosk = KioskProcess.start(data, line.url(), kioskId, token)) {
            kiosk.serve(CITIZENS);
            kiosk.drained(Duration.ofSeconds(60));
            kiosk.quit();
        }
        assertThat(line.failed()).isGreaterThanOrEqualTo(2);
        assertTheHubHoldsExactlyWhatTheKioskRecorded();
    }

    @Test
    void aHubSlowerThanTheKiosksTimeoutStoresWhatTheKioskThenSendsAgainOnlyOnce() {
        line.down();
        try (KioskProcess kiosk = KioskProcess.start(data, line.url(), kioskId, token)) {
            kiosk.serve(CITIZENS);
            // The first three batches are stored but answered after 3 s, past the kiosk's 2 s: it must send them again.
            line.delay(Duration.ofSeconds(3));
            line.onBatch(n -> {
                if (n > 3) {
                    line.delay(Duration.ZERO);
                }
            });
            line.up();
            kiosk.drained(Duration.ofSeconds(90));
            kiosk.quit();
        }
        assertThat(line.delayed()).isEqualTo(3);
        assertTheHubHoldsExactlyWhatTheKioskRecorded();
    }

    @Test
    void aKioskKilledInTheMiddleOfABatchSendsTheRestAfterItsRestartAndNothingTwice() {
        line.down();
        KioskProcess first = KioskProcess.start(data, line.url(), kioskId, token);
        try (first) {
            first.serve(CITIZENS);
            // The third batch reaches the hub, which stores it, but the kiosk dies before it hears the answer.
            line.onBatch(n -> {
                if (n == 3) {
                    first.kill();
                }
            });
            line.up();
            awaitDead(first);
        }
        assertThat(onHub("ticket_event").size() + onHub("rating").size()).isBetween(40, 60);
        line.onBatch(n -> { });
        try (KioskProcess restarted = KioskProcess.start(data, line.url(), kioskId, token)) {
            restarted.drained(Duration.ofSeconds(60));
            restarted.serve(5);
            restarted.drained(Duration.ofSeconds(60));
            restarted.quit();
        }
        assertTheHubHoldsExactlyWhatTheKioskRecorded();
    }

    @Test
    void theSameBatchDeliveredTwiceIsStoredOnce() {
        line.duplicateEvery(2);
        try (KioskProcess kiosk = KioskProcess.start(data, line.url(), kioskId, token)) {
            kiosk.serve(CITIZENS);
            kiosk.drained(Duration.ofSeconds(60));
            kiosk.quit();
        }
        assertThat(line.duplicated()).isGreaterThanOrEqualTo(3);
        assertTheHubHoldsExactlyWhatTheKioskRecorded();
    }

    // ------------------------------------------------------------------

    private void assertTheHubHoldsExactlyWhatTheKioskRecorded() {
        KioskProcess.Recorded kiosk = KioskProcess.Recorded.in(data);
        assertThat(kiosk.events()).as("queue events recorded").hasSizeGreaterThanOrEqualTo(4 * CITIZENS);
        assertThat(kiosk.ratings()).as("ratings recorded").hasSizeGreaterThanOrEqualTo(CITIZENS);
        assertThat(kiosk.outbox()).as("records still waiting on the kiosk").isZero();

        List<String> events = onHub("ticket_event");
        List<String> ratings = onHub("rating");
        assertThat(events).as("no event twice on the hub").doesNotHaveDuplicates();
        assertThat(ratings).as("no rating twice on the hub").doesNotHaveDuplicates();
        assertThat(new HashSet<>(events)).as("the hub's events are the kiosk's").isEqualTo(kiosk.events());
        assertThat(new HashSet<>(ratings)).as("the hub's ratings are the kiosk's").isEqualTo(kiosk.ratings());
        Set<String> summarised = new HashSet<>(hubDb.sql("SELECT ticket_id FROM ticket_summary WHERE kiosk_id = ?")
                .param(kioskId).query(String.class).list().stream().map(String::trim).toList());
        assertThat(summarised).as("every ticket summarised once on the hub").isEqualTo(kiosk.tickets());
    }

    private List<String> onHub(String table) {
        return hubDb.sql("SELECT id FROM " + table + " WHERE kiosk_id = ?").param(kioskId).query(String.class).list()
                .stream().map(String::trim).toList();
    }

    private static void awaitDead(KioskProcess kiosk) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (kiosk.alive() && System.nanoTime() < end) {
            sleep(Duration.ofMillis(100));
        }
        assertThat(kiosk.alive()).as("killed in the middle of the third batch").isFalse();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
