package org.motcua.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import org.motcua.kiosk.catalog.CatalogFormat;
import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.support.HubHarness;

/**
 * A kiosk pulls the hub's catalogue: none published is 404; publishing is importing on the hub; the ETag is the
 * version, If-None-Match with it is 304; the body reads back with the importer's strict reader; the hub records
 * which version each kiosk was served. The only hub test that publishes a catalogue.
 */
class SyncCatalogTest extends HubHarness {

    @Autowired
    HubRegistry registry;
    @Autowired
    CatalogService catalog;

    @Test
    void theKioskGetsThePublishedCatalogueByItsETag() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        registry.addOffice("cat-" + suffix, "Xã Catalogue");
        registry.addKiosk("cat-kiosk-" + suffix, "cat-" + suffix, "Ki-ốt");
        String token = registry.issueToken("cat-kiosk-" + suffix);
        SyncBatches hub = new SyncBatches(port);

        assertThat(hub.catalog(null, null).statusCode()).isEqualTo(401);
        assertThat(hub.catalog("wrong", null).statusCode()).isEqualTo(401);
        HttpResponse<String> none = hub.catalog(token, null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(SyncBatches.json(none).get("messageEn").stringValue()).contains("no catalogue");

        try (InputStream demo = new ClassPathResource("catalog/demo-catalog.json").getInputStream()) {
            catalog.importCatalog(demo, "demo-catalog.json");
        }
        long version = catalog.currentVersion().orElseThrow().version();
        HttpResponse<String> full = hub.catalog(token, null);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("ETag")).hasValue("\"" + version + "\"");
        assertThat(full.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        CatalogFormat.Catalog read = CatalogFormat.read(
                new ByteArrayInputStream(full.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.procedures()).hasSize(catalog.size());
        assertThat(registry.kiosk("cat-kiosk-" + suffix).orElseThrow().catalogEtag()).isEqualTo("\"" + version + "\"");

        HttpResponse<String> same = hub.catalog(token, "\"" + version + "\"");
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(same.headers().firstValue("ETag")).hasValue("\"" + version + "\"");
        assertThat(hub.catalog(token, "W/\"" + version + "\"").statusCode()).isEqualTo(304);
        assertThat(hub.catalog(token, "\"" + (version - 1) + "\"").statusCode()).isEqualTo(200);

        // A new version published: the old ETag gets the new catalogue.
        try (InputStream demo = new ClassPathResource("catalog/demo-catalog.json").getInputStream()) {
            catalog.importCatalog(demo, "demo-catalog.json");
        }
        HttpResponse<String> newer = hub.catalog(token, "\"" + version + "\"");
        assertThat(newer.statusCode()).isEqualTo(200);
        assertThat(newer.headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
        assertThat(registry.kiosk("cat-kiosk-" + suffix).orElseThrow().catalogEtag())
                .isEqualTo("\"" + (version + 1) + "\"");

        registry.revoke("cat-kiosk-" + suffix);
        assertThat(hub.catalog(token, null).statusCode()).isEqualTo(401);
    }
}
