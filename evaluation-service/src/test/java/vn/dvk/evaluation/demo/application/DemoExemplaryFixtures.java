package vn.dvk.evaluation.demo.application;

import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.evaluation.demo.application.DemoExemplaryModels.Exemplary;
import vn.dvk.evaluation.support.ModelFixtures;

/** The exemplary models of seed 004 §2.3 as registration-service's demo announces them. */
final class DemoExemplaryFixtures {

    private DemoExemplaryFixtures() {
    }

    /** The model of a row of registration's demo file (Tú Nang's two, Lóng Phiêng's four) at {@code status}. */
    static ModelFixtures.Builder demoModel(Exemplary exemplary, ModelStatus status, long version) {
        String unitCode = exemplary.key().equals("yc-2022-002") || exemplary.key().equals("yc-2022-004")
                ? "04093" : "04096";
        return ModelFixtures.taiNungPears().withId(exemplary.modelId()).inUnit(unitCode, "14/124/" + unitCode)
                .managedAt(exemplary.level()).withStatus(status).atVersion(version);
    }

    static String modelOf(String key) {
        return DemoExemplaryModels.SEED_004.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow()
                .modelId();
    }
}
