package org.motcua.kiosk.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything opens it: the data directory ({@code motcua.data-dir}) exists or can be made, and can be written.
 * Otherwise the start stops with {@link DataDirectoryException}, which {@link StartFailureAnalyzer} says in words,
 * instead of Derby's or the printer's first error somewhere later. Runs after the configuration files are read.
 */
public class DataDirectoryCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured;
        try {
            configured = environment.getProperty("motcua.data-dir");
        } catch (IllegalArgumentException notYetResolvable) {
            return; // a placeholder filled in later (the tests' own directories): checked by what opens it
        }
        if (configured == null || configured.isBlank()) {
            return;
        }
        Path dir = Path.of(configured);
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".write-check-", ""));
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryException(dir, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
