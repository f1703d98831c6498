package org.motcua.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import org.motcua.kiosk.support.PostgresCluster;

/**
 * The same migrations make a kiosk's Derby and the hub's PostgreSQL: the portable ones in db/migration on both, the
 * few written for one database under db/vendor/&lt;vendor&gt;. A kiosk's history must keep validating: V1 and V4 moved
 * folder, byte for byte, so their checksums are those every installed kiosk recorded.
 */
class MigrationsTest {

    /** The checksums Flyway recorded for V1 and V4 on every kiosk installed before they moved to db/vendor/derby. */
    static final Map<String, Integer> KIOSK_CHECKSUMS = Map.of("1", -875473970, "4", -1790817622);

    @Test
    void derbyMigratesAsBeforeWithTheSameChecksums() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:derby:memory:migrations-" + UUID.randomUUID() + ";create=true", "", "")
                .locations("classpath:db/migration", "classpath:db/vendor/derby").load();
        flyway.migrate();
        Map<String, Integer> checksums = Arrays.stream(flyway.info().applied())
                .collect(Collectors.toMap(i -> i.getVersion().getVersion(),
                        i -> i.getChecksum() == null ? 0 : i.getChecksum()));
        assertThat(checksums).containsAllEntriesOf(KIOSK_CHECKSUMS).doesNotContainKey("8.1");
        assertThat(Arrays.stream(flyway.info().applied()).map(MigrationInfo::getVersion).map(Object::toString))
                .containsSubsequence("1", "2", "3", "4", "5", "6", "7", "7.1");
    }

    @Test
    void postgresqlRunsEveryCommonMigrationThenTheHubs() throws Exception {
        PostgresCluster pg = PostgresCluster.get();
        String url = pg.createDatabase();
        Flyway flyway = Flyway.configure().dataSource(url, PostgresCluster.USER, "")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load();
        assertThat(flyway.migrate().success).isTrue();
        List<String> applied = Arrays.stream(flyway.info().applied()).map(i -> i.getVersion().getVersion()).toList();
        // Every portable SQL migration, whatever gets added to db/migration, runs on PostgreSQL too.
        for (var sql : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql")) {
            String version = sql.getFilename().substring(1, sql.getFilename().indexOf("__")).replace('_', '.');
            assertThat(applied).as(sql.getFilename()).contains(version);
        }
        assertThat(applied).contains("1", "4", "7.1", "8.1");

        try (Connection c = java.sql.DriverManager.getConnection(url, PostgresCluster.USER, "");
             Statement s = c.createStatement()) {
            assertThat(columns(s, "rating")).contains("kiosk_id", "office_code");
            assertThat(columns(s, "ticket_event")).contains("kiosk_id", "office_code", "ticket_day",
                    "ticket_display", "priority", "procedure_code");
            assertThat(columns(s, "ticket_summary")).contains("office_code");
            assertThat(columns(s, "catalog_procedure")).contains("body");
            // The kiosk's "one counted rating per ticket" is not the hub's rule: two kiosks' rows never clash.
            for (int i = 0; i < 2; i++) {
                s.execute("INSERT INTO rating (id, recorded_at, channel, scale_size, level, dissatisfied, counted,"
                        + " counted_ticket, counted_dossier) VALUES ('" + UUID.randomUUID() + "', now(), 'KIOSK', 3,"
                        + " 1, false, true, 'same-ticket', 'same-dossier')");
            }
            s.execute("INSERT INTO print_job (id, kind, reference, job_state, created_at, escpos)"
                    + " VALUES ('" + UUID.randomUUID() + "', 'TICKET', 'x', 'PRINTED', now(), '\\x1b40'::bytea)");
        }
    }

    private static List<String> columns(Statement s, String table) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                + table + "'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
