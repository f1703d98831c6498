package org.motcua.kiosk.base;

import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Shuts the embedded Derby database down cleanly when the application stops, so the next start needs no recovery
 * and the database files are left consistent. (A power cut is still safe: Derby recovers from its log.)
 */
@Component
class DerbyShutdown implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DerbyShutdown.class);
    private static final String CLEAN_SHUTDOWN = "08006";

    private final DataSource dataSource;
    private final String url;

    DerbyShutdown(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
        this.dataSource = dataSource;
        this.url = url;
    }

    @Override
    public void destroy() {
        if (!url.startsWith("jdbc:derby:")) {
            return;
        }
        // Close the pool first, so no pooled connection is left pointing at a stopped database.
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
        String database = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        try {
            DriverManager.getConnection(database + ";shutdown=true").close();
        } catch (SQLException e) {
            if (CLEAN_SHUTDOWN.equals(e.getSQLState())) {
                log.info("Derby database shut down cleanly");
            } else {
                log.warn("Derby shutdown: {} ({})", e.getMessage(), e.getSQLState());
            }
        }
    }
}
