package vn.dvk.evaluation.review;

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
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * An instance serving one commune (Lóng Phiêng, 04096), as a commune's Steering Committee would run it: it decides on
 * its grassroots models, refuses models of a higher management level and writes for units outside the commune, and
 * never learns of models elsewhere.
 */
class CommuneScopeIntegrationTest {

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

    private static ModelSnapshot registeredIn(String unitCode, String unitPath, ManagementLevel level) {
        return ModelFixtures.taiNungPears().withId("scope-" + UUID.randomUUID()).inUnit(unitCode, unitPath)
                .managedAt(level).snapshot();
    }

    private static void awaitKnown(String modelId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.get("/api/v1/known-models/" + modelId).status() == 200);
    }

    private static ServiceClient.Reply approve(String modelId) {
        return client.post("/api/v1/reviews", """
                {"modelId": "%s", "decision": "APPROVE", "reason": "Phù hợp", "reviewer": "Ban Chỉ đạo xã"}
                """.formatted(modelId));
    }

    @Test
    void the_commune_committee_approves_its_own_grassroots_model() {
        ModelSnapshot model = registeredIn("04096", "14/124/04096", ManagementLevel.GRASSROOTS);
        RegistrationFeed.registered(model);
        awaitKnown(model.id());

        ServiceClient.Reply decided = approve(model.id());

        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }

    @Test
    void a_district_level_model_is_beyond_the_commune_committee() {
        ModelSnapshot model = registeredIn("04096", "14/124/04096", ManagementLevel.DISTRICT);
        RegistrationFeed.registered(model);
        awaitKnown(model.id());

        ServiceClient.Reply refused = approve(model.id());

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("level-mismatch");
        assertThat(refused.errorFields()).containsExactly("modelId");
        assertThat(client.get("/api/v1/reviews?modelId=" + model.id()).json()).isEmpty();
    }

    @Test
    void a_model_of_another_commune_never_reaches_the_instance() {
        ModelSnapshot elsewhere = registeredIn("04063", "14/124/04063", ManagementLevel.GRASSROOTS);
        ModelSnapshot marker = registeredIn("04096", "14/124/04096", ManagementLevel.GRASSROOTS);
        RegistrationFeed.registered(elsewhere);
        RegistrationFeed.registered(marker);
        awaitKnown(marker.id());

        assertThat(client.get("/api/v1/known-models/" + elsewhere.id()).status()).isEqualTo(404);
        ServiceClient.Reply refused = approve(elsewhere.id());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("modelId");
    }

    @Test
    void an_inspection_plan_issued_for_the_district_is_outside_the_commune_scope() {
        ServiceClient.Reply refused = client.post("/api/v1/inspection-plans", """
                {"year": 2022, "round": "YEAR_END", "name": "Kế hoạch kiểm tra năm 2022",
                 "decisionNumber": "81/QĐ-UBND", "decisionDate": "2022-01-27", "issuingUnitCode": "124",
                 "targets": [{"unitCode": "04096", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn kiểm tra số 1",
                            "members": [{"name": "Lò Văn A", "position": "Trưởng ban", "role": "HEAD"}]}]}
                """);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("out-of-scope");
        assertThat(refused.errorFields()).containsExactly("issuingUnitCode");
        assertThat(client.get("/api/v1/inspection-plans?unit=04096&year=2022").json()).isEmpty();
    }
}
