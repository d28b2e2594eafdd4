package vn.dvk.evaluation.demo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dvk.evaluation.demo.application.DemoExemplaryFixtures.demoModel;
import static vn.dvk.evaluation.demo.application.DemoExemplaryFixtures.modelOf;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.evaluation.support.RegistrationFeed;

/**
 * The demo's exemplary models on the running service, its real store and broker, with this test playing
 * registration-service: announced as registered, they are approved once; announced as approved, each gets its
 * self-assessment with the figures of seed 004, published for reporting's §2.3.
 */
class DemoExemplaryModelsIntegrationTest extends EvaluationApiTest {

    private static final String OVERDUE = "vn.dvk.self-assessment.overdue.v1";

    @Autowired
    DemoExemplaryModels demo;

    @Test
    void the_six_models_are_approved_then_assessed_with_the_seeds_figures_and_loading_again_adds_nothing() {
        DemoExemplaryModels.SEED_004.forEach(e -> RegistrationFeed.registered(
                demoModel(e, ModelStatus.REGISTERED, 1).snapshot()));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            demo.load();
            return DemoExemplaryModels.SEED_004.stream().allMatch(e -> EvaluationTopic.types(topic.of(e.modelId()))
                    .contains("vn.dvk.review.decided.v1"));
        });

        DemoExemplaryModels.SEED_004.forEach(e -> RegistrationFeed.statusChanged(
                demoModel(e, ModelStatus.APPROVED, 2).snapshot(), ModelStatus.REGISTERED, "Phê duyệt"));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(demo::load);
        assertThat(demo.load()).isTrue();

        for (DemoExemplaryModels.Exemplary exemplary : DemoExemplaryModels.SEED_004) {
            // The overdue sweep of the shared context may also remind of these 2022 models' missing quarters: those
            // notices are the sweep's, not the demo load's, and arrive whenever it runs.
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(
                    EvaluationTopic.types(topic.of(exemplary.modelId()))).filteredOn(type -> !type.equals(OVERDUE))
                    .containsExactly("vn.dvk.review.decided.v1", "vn.dvk.self-assessment.filed.v1"));
        }
        JsonNode assessments = http.get("/api/v1/self-assessments?modelId=" + modelOf("yc-2022-004")).json();
        assertThat(assessments).hasSize(1);
        assertThat(assessments.get(0).path("periodStart").asString()).isEqualTo("2022-07-01");
        assertThat(assessments.get(0).path("indicators").get(0).path("code").asString())
                .isEqualTo("INCOME_VND_PER_YEAR");
        assertThat(assessments.get(0).path("indicators").get(0).path("value").asDouble()).isEqualTo(1_400_000_000d);
    }
}
