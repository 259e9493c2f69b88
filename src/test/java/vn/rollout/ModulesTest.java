package vn.rollout;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(RolloutApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }
}
