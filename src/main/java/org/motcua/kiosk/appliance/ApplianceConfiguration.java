package org.motcua.kiosk.appliance;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.motcua.kiosk.printing.PrintService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts the systemd watchdog once the application is up, when systemd asked for it. Healthy means: the database
 * answers (Derby on a kiosk, PostgreSQL on the hub) and the print thread lives.
 */
@Configuration(proxyBeanMethods = false)
class ApplianceConfiguration {

    private final DataSource dataSource;
    private final PrintService printing;
    private volatile SystemdWatchdog watchdog;

    ApplianceConfiguration(DataSource dataSource, PrintService printing) {
        this.dataSource = dataSource;
        this.printing = printing;
    }

    @EventListener
    void started(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null) {
            return;
        }
        URI page = URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + "/");
        watchdog = SystemdWatchdog.fromEnvironment(System.getenv(), ProcessHandle.current().pid(), page,
                List.of(this::databaseProblem, this::printingProblem), Duration.ofSeconds(1)).orElse(null);
        if (watchdog != null) {
            watchdog.start();
        }
    }

    @EventListener
    void stopping(ContextClosedEvent event) {
        SystemdWatchdog w = watchdog;
        if (w != null) {
            w.stop();
        }
    }

    private Optional<String> databaseProblem() {
        return databaseProblem(dataSource);
    }

    /**
     * Whether the database answers a query. Not {@link Connection#isValid}: embedded Derby's only says whether the
     * connection object is open, without asking the engine anything. Spring Boot's validation query for the product
     * (Derby's {@code SELECT 1 FROM SYSIBM.SYSDUMMY1}, PostgreSQL's {@code SELECT 1}) goes through the engine.
     */
    static Optional<String> databaseProblem(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String query = DatabaseDriver.fromProductName(c.getMetaData().getDatabaseProductName()).getValidationQuery();
            if (query == null) {
                return c.isValid(5) ? Optional.empty() : Optional.of("the database does not answer");
            }
            s.setQueryTimeout(5);
            try (ResultSet r = s.executeQuery(query)) {
                return r.next() ? Optional.empty() : Optional.of("the database answered its check with no row");
            }
        } catch (Exception e) {
            return Optional.of("the database does not answer: " + e.getMessage());
        }
    }

    private Optional<String> printingProblem() {
        return printing.printThreadAlive() ? Optional.empty() : Optional.of("the print thread has died");
    }
}
