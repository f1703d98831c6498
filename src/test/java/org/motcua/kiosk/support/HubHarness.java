package org.motcua.kiosk.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application in its hub profile on a fresh PostgreSQL database of the test JVM's {@link PostgresCluster},
 * listening on a random port. One context for every class that extends this and changes nothing else, so the hub
 * tests share it (and its data: each test makes its own office and kiosks). Karibu is ready, for the hub's pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("hub")
public abstract class HubHarness extends KaribuHarness {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void hubDatabase(DynamicPropertyRegistry registry) {
        PostgresCluster.register(registry);
    }
}
