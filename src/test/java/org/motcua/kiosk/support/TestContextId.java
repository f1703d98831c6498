package org.motcua.kiosk.support;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One random id per test application context, {@code motcua.test.context-id}, that the test configuration builds the
 * data directory from. Spring's {@code ${random.uuid}} draws a new value at every reference, so the datasource's URL,
 * the printer's folder and the Derby shutdown each got a directory of their own; this id is drawn once.
 */
public class TestContextId implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("test-context-id",
                Map.of("motcua.test.context-id", UUID.randomUUID().toString())));
    }
}
