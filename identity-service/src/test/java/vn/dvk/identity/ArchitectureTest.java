package vn.dvk.identity;

import org.junit.jupiter.api.Test;
import vn.dvk.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void domain_code_is_plain_java_and_features_have_no_cycles() {
        ArchitectureRules.check("vn.dvk.identity");
    }
}
