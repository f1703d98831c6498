package org.motcua.kiosk.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue in Derby (or PostgreSQL on the hub): plain SQL through JdbcClient. */
@Repository
class CatalogRepository {

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CatalogVersion> currentVersion() {
        return jdbc.sql("""
                SELECT version, title, source, procedure_count, published_at FROM catalog_version
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""")
                .query((rs, i) -> new CatalogVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    List<Procedure> loadAll() {
        return jdbc.sql("SELECT body FROM catalog_procedure ORDER BY code")
                .query((rs, i) -> CatalogFormat.fromJsonString(rs.getString(1)))
                .list();
    }

    /** Replaces the whole catalogue; the caller holds the transaction. */
    CatalogVersion replaceAll(List<Procedure> procedures, String title, String source, Instant now) {
        long next = currentVersion().map(v -> v.version() + 1).orElse(1L);
        jdbc.sql("DELETE FROM catalog_procedure").update();
        for (Procedure p : procedures) {
            jdbc.sql("INSERT INTO catalog_procedure (code, name, field, level_code, body) VALUES (?, ?, ?, ?, ?)")
                    .params(p.code().value(), p.name(), p.field(), p.level(), CatalogFormat.toJsonString(p))
                    .update();
        }
        jdbc.sql("""
                INSERT INTO catalog_version (version, title, source, procedure_count, published_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(next, truncate(title, 500), truncate(source, 1000), procedures.size(), Timestamp.from(now))
                .update();
        return new CatalogVersion(next, title, source, procedures.size(), now);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
