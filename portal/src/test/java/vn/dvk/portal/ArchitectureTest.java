package vn.dvk.portal;

import org.junit.jupiter.api.Test;
import vn.dvk.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void the_portal_keeps_the_projects_architecture() {
        ArchitectureRules.check("vn.dvk.portal");
    }
}
