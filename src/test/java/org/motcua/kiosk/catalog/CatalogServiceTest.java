package org.motcua.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import org.motcua.kiosk.Application;

/** Imports replace the catalogue whole or not at all, are announced, and survive a restart of the kiosk. */
@SpringBootTest
@Import(CatalogServiceTest.Announcements.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class CatalogServiceTest {

    private static final String ONE = """
            {"format": "motcua-catalog", "formatVersion": 1, "title": "Thử", "procedures": [
              {"code": "1.000001", "name": "Thủ tục thử nghiệm", "field": "Thử", "level": "commune",
               "methods": [{"channel": "IN_PERSON", "processingDays": 0, "fees": []}]}
            ]}""";

    @Autowired
    CatalogService catalog;
    @Autowired
    Announcements announcements;

    /** Listens as the rest of the application would. */
    static class Announcements {
        final java.util.List<CatalogPublished> received = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(CatalogPublished published) {
            received.add(published);
        }
    }

    @Test
    void theDemoCatalogueIsThereOnFirstStart() {
        assertThat(catalog.size()).isEqualTo(159);
        assertThat(catalog.currentVersion().orElseThrow().version()).isEqualTo(1);
        assertThat(catalog.find(ProcedureCode.of("1.001193")).orElseThrow().name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(catalog.fields()).extracting(FieldSummary::name).contains("Hộ tịch", "Chứng thực", "Đất đai")
                .doesNotContain("Đăng ký hộ kinh doanh");
    }

    @Test
    void anImportReplacesTheWholeCatalogueAndIsAnnounced() {
        CatalogPublished published = catalog.importCatalog(stream(ONE), "test");
        assertThat(published.version()).isEqualTo(2);
        assertThat(catalog.size()).isEqualTo(1);
        assertThat(catalog.search("thu nghiem", 5)).extracting(SearchHit::code).containsExactly(ProcedureCode.of("1.000001"));
        assertThat(catalog.search("khai sinh", 5)).isEmpty();
        assertThat(announcements.received).containsExactly(published);
    }

    @Test
    void aBadFileChangesNothingAndSaysWhy() {
        String bad = ONE.replace("\"processingDays\": 0", "\"processingDays\": -2");
        assertThatThrownBy(() -> catalog.importCatalog(stream(bad), "test"))
                .isInstanceOf(CatalogImportException.class)
                .satisfies(e -> assertThat(((CatalogImportException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.record()).isEqualTo(1);
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(p.code()).isEqualTo("1.000001");
                        }));
        assertThat(catalog.size()).isEqualTo(159);
        assertThat(catalog.currentVersion().orElseThrow().version()).isEqualTo(1);
        assertThat(announcements.received).isEmpty();
    }

    @Test
    void anImportedCatalogueIsStillThereAfterARestart(@TempDir Path dir) throws Exception {
        String[] args = {"--motcua.data-dir=" + dir, "--server.port=0"};
        try (ConfigurableApplicationContext first = kiosk().run(args)) {
            first.getBean(CatalogService.class).importCatalog(stream(ONE), "test");
        }
        assertThat(Files.isDirectory(dir.resolve("derby"))).isTrue();
        // Stopped cleanly: Derby removes its lock file only on a proper shutdown.
        assertThat(dir.resolve("derby").resolve("db.lck")).doesNotExist();
        try (ConfigurableApplicationContext second = kiosk().run(args)) {
            CatalogService restarted = second.getBean(CatalogService.class);
            assertThat(restarted.size()).isEqualTo(1);
            assertThat(restarted.currentVersion().orElseThrow().version()).isEqualTo(2);
            assertThat(restarted.find(ProcedureCode.of("1.000001")).orElseThrow().name()).isEqualTo("Thủ tục thử nghiệm");
        }
    }

    private static SpringApplicationBuilder kiosk() {
        return new SpringApplicationBuilder(Application.class);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
