package org.motcua.kiosk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages stay modules: no cycles, no reaching into another module's internals. */
class ModularityTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
