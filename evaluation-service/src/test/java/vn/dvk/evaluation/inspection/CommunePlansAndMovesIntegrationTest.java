package vn.dvk.evaluation.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.EvaluationServiceApplication;
import vn.dvk.evaluation.support.DistrictPlans;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * An instance serving the commune 04096, on the broker: it keeps the inspection plan its district published on the
 * district's instance, and forgets a model the district moved to another commune.
 */
class CommunePlansAndMovesIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static ScopedInstance commune;
    private static ServiceClient client;

    @BeforeAll
    static void startCommuneInstance() {
        commune = ScopedInstance.start(EvaluationServiceApplication.class, "04096");
        client = commune.http();
    }

    @AfterAll
    static void stopCommuneInstance() {
        commune.close();
    }

    @Test
    void the_district_s_plan_targeting_the_commune_is_listed_on_the_commune_s_instance() {
        String planId = "plan-" + UUID.randomUUID();
        DistrictPlans.publishMidYear2022(planId, "04096", "14/124/04096", "Xã Lóng Phiêng");

        await().atMost(PATIENCE).until(() -> client.get("/api/v1/inspection-plans/" + planId).status() == 200);
        assertThat(client.get("/api/v1/inspection-plans?unit=04096&year=2022").body()).contains(planId);
        assertThat(client.get("/api/v1/inspection-plans/" + planId).json().at("/plan/issuingUnitCode").asString())
                .isEqualTo("124");
    }

    @Test
    void a_model_the_district_moves_to_another_commune_leaves_the_commune_s_instance() {
        ModelSnapshot registered = ModelFixtures.taiNungPears().withId("moved-" + UUID.randomUUID())
                .managedAt(ManagementLevel.GRASSROOTS).snapshot();
        RegistrationFeed.registered(registered);
        await().atMost(PATIENCE).until(() -> client.get("/api/v1/known-models/" + registered.id()).status() == 200);

        RegistrationFeed.moved(ModelFixtures.from(registered).inUnit("04063", "14/124/04063").atVersion(2)
                .snapshot(), "14/124/04096");

        await().atMost(PATIENCE).until(() -> client.get("/api/v1/known-models/" + registered.id()).status() == 404);
        ServiceClient.Reply review = client.as("longphieng.bcd", "04096", "STEERING_MEMBER").post("/api/v1/reviews",
                """
                {"modelId": "%s", "decision": "APPROVE", "reason": "Phù hợp"}""".formatted(registered.id()));
        assertThat(review.status()).as(review.body()).isEqualTo(422);
    }
}
