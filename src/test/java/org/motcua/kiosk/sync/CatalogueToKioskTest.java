package org.motcua.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.hub.HubRegistry;
import org.motcua.kiosk.support.HubHarness;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An administrator publishes a catalogue once on the hub; a real kiosk (its own JVM, Derby, the demo catalogue it
 * started with) applies it, then applies the next one, without a restart. Its own hub (a smaller pool than the other
 * hub tests' context), because publishing changes what every kiosk of that hub is served.
 */
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=5")
class CatalogueToKioskTest extends HubHarness {

    @Autowired
    HubRegistry registry;
    @Autowired
    CatalogService hubCatalog;

    @Test
    void aCataloguePublishedOnTheHubIsAppliedByTheKioskAndSoIsTheNextOne(@TempDir Path data) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        registry.addOffice("tinh-" + suffix, "Tỉnh Mẫu");
        registry.addKiosk("kiosk-" + suffix, "tinh-" + suffix, "Ki-ốt sảnh");
        String token = registry.issueToken("kiosk-" + suffix);
        hubCatalog.importCatalog(demoPart(3, "Danh mục thủ tục của tỉnh — đợt một"), "hub-test");

        try (KioskProcess kiosk = KioskProcess.start(data, java.net.URI.create("http://127.0.0.1:" + port),
                "kiosk-" + suffix, token, "motcua.sync.catalog-interval=1s")) {
            awaitCatalogue(kiosk, "3 Danh mục thủ tục của tỉnh — đợt một");

            hubCatalog.importCatalog(demoPart(5, "Danh mục thủ tục của tỉnh — đợt hai"), "hub-test");
            awaitCatalogue(kiosk, "5 Danh mục thủ tục của tỉnh — đợt hai");
            kiosk.quit();
        }
        String served = "\"" + hubCatalog.currentVersion().orElseThrow().version() + "\"";
        assertThat(registry.kiosk("kiosk-" + suffix).orElseThrow().catalogEtag()).isEqualTo(served);
    }

    private static void awaitCatalogue(KioskProcess kiosk, String expected) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String shown = kiosk.catalog();
        while (!shown.equals(expected) && System.nanoTime() < end) {
            Thread.sleep(300);
            shown = kiosk.catalog();
        }
        assertThat(shown).as("the catalogue the kiosk shows").isEqualTo(expected);
    }

    /** The demo catalogue's first {@code n} procedures under another title: a catalogue the kiosk does not have. */
    private static InputStream demoPart(int n, String title) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode catalogue;
        try (InputStream in = new ClassPathResource("catalog/demo-catalog.json").getInputStream()) {
            catalogue = (ObjectNode) json.readTree(in);
        }
        ArrayNode all = (ArrayNode) catalogue.get("procedures");
        ArrayNode part = json.createArrayNode();
        for (int i = 0; i < n; i++) {
            part.add(all.get(i));
        }
        catalogue.set("procedures", part);
        catalogue.put("title", title);
        return new ByteArrayInputStream(json.writeValueAsBytes(catalogue));
    }
}
