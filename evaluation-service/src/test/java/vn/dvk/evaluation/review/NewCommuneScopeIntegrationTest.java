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
import vn.dvk.evaluation.support.DistrictPlans;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * An instance of the new Xã Yên Châu ({@code DVK_SCOPE=04075_2025-07-01}, ADR 0021): it learns of the models of the
 * six old communes that went into it, registered under their old paths, lets their committees decide on them, and
 * never learns of a model of an old commune that went elsewhere.
 */
class NewCommuneScopeIntegrationTest {

    private static ScopedInstance newCommune;
    private static ServiceClient client;

    @BeforeAll
    static void startNewCommuneInstance() {
        newCommune = ScopedInstance.start(EvaluationServiceApplication.class, "04075_2025-07-01");
        client = newCommune.http();
    }

    @AfterAll
    static void stopNewCommuneInstance() {
        newCommune.close();
    }

    private static ModelSnapshot registeredIn(String unitCode, String unitPath) {
        return ModelFixtures.taiNungPears().withId("new-commune-" + UUID.randomUUID()).inUnit(unitCode, unitPath)
                .managedAt(ManagementLevel.GRASSROOTS).snapshot();
    }

    @Test
    void the_committee_of_an_old_commune_it_took_over_decides_on_its_model() {
        ModelSnapshot model = registeredIn("04063", "14/124/04063");
        RegistrationFeed.registered(model);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.get("/api/v1/known-models/" + model.id()).status() == 200);

        ServiceClient.Reply decided = client.as("chiengdong.bcd", "04063", "STEERING_MEMBER").post("/api/v1/reviews", """
                {"modelId": "%s", "decision": "APPROVE", "reason": "Phù hợp", "reviewer": "Ban Chỉ đạo xã"}
                """.formatted(model.id()));

        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(client.get("/api/v1/reviews?modelId=" + model.id()).json()).hasSize(1);
    }

    @Test
    void a_model_of_an_old_commune_that_went_into_another_new_commune_never_reaches_it() {
        ModelSnapshot elsewhere = registeredIn("04096", "14/124/04096");
        ModelSnapshot marker = registeredIn("04090", "14/124/04090");
        RegistrationFeed.registered(elsewhere);
        RegistrationFeed.registered(marker);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.get("/api/v1/known-models/" + marker.id()).status() == 200);

        assertThat(client.get("/api/v1/known-models/" + elsewhere.id()).status()).isEqualTo(404);
    }

    @Test
    void the_old_district_s_plan_for_one_of_its_old_communes_is_listed_for_the_province_and_the_commune() {
        String planId = "plan-" + UUID.randomUUID();
        DistrictPlans.publishMidYear2022(planId, "04063", "14/124/04063", "Xã Chiềng Đông");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> client.get("/api/v1/inspection-plans/" + planId).status() == 200);
        assertThat(client.get("/api/v1/inspection-plans?year=2022").body()).contains(planId);
        assertThat(client.as("chiengdong.bcd", "04063", "STEERING_MEMBER")
                .get("/api/v1/inspection-plans?unit=04063&year=2022").body()).contains(planId);
        assertThat(client.as("longphieng.bcd", "04096", "STEERING_MEMBER")
                .get("/api/v1/inspection-plans/" + planId).status()).isEqualTo(404);
    }

    @Test
    void an_official_above_it_cannot_give_the_new_commune_level_settings_that_would_apply_to_no_record() {
        ServiceClient.Reply refused = client.put("/api/v1/campaigns/c-" + UUID.randomUUID() + "/deadlines",
                "{\"yearEndReport\": \"15/11\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("level-of-new-unit");
        assertThat(refused.body()).contains("04075");
    }
}
