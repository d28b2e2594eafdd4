package vn.dvk.evaluation.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

class SelfAssessmentIntegrationTest extends EvaluationApiTest {

    @Autowired
    SelfAssessmentService selfAssessments;

    /** A Chiềng Đông model implemented through 2022: by now every quarter of it is past due. */
    private static ModelSnapshot chiengDongModel(String id, ModelStatus status) {
        return ModelFixtures.banMeCulturalVillage().withId(id).withStatus(status).atVersion(4).snapshot();
    }

    private void known(ModelSnapshot model) {
        RegistrationFeed.statusChanged(model, ModelStatus.REGISTERED, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/known-models/" + model.id())
                .text("status").equals(model.status().name()));
    }

    private ServiceClient.Reply file(String modelId, String start, String end) {
        return http.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "%s", "periodEnd": "%s", "progressPercent": 30,
                 "indicators": [{"code": "PEOPLE_MOBILISED", "value": 240}], "filedBy": "UBND xã Chiềng Đông"}
                """.formatted(modelId, start, end));
    }

    private List<Integer> overduePeriods(String unit, String modelId) {
        List<Integer> periods = new ArrayList<>();
        for (JsonNode overdue : http.get("/api/v1/self-assessments/overdue?unit=" + unit).json()) {
            if (modelId.equals(overdue.path("modelId").asString())) {
                periods.add(overdue.path("periodIndex").asInt());
            }
        }
        return periods;
    }

    @Test
    void overdue_periods_are_listed_per_unit_and_published_once_per_model_and_period() {
        String modelId = "late-" + UUID.randomUUID();
        known(chiengDongModel(modelId, ModelStatus.APPROVED));
        assertThat(file(modelId, "2022-01-01", "2022-03-31").status()).isEqualTo(201);

        assertThat(overduePeriods("04063", modelId)).containsExactly(2, 3, 4);
        assertThat(overduePeriods("124", modelId)).containsExactly(2, 3, 4);
        assertThat(overduePeriods("04096", modelId)).isEmpty();

        assertThat(selfAssessments.publishOverdue()).isGreaterThanOrEqualTo(3);
        List<TopicProbe.Received> first = topic.await(modelId, 4);
        assertThat(selfAssessments.publishOverdue()).isZero();
        assertThat(file(modelId, "2022-10-01", "2022-12-31").status()).isEqualTo(201);
        List<TopicProbe.Received> events = topic.await(modelId, 5);

        assertThat(EvaluationTopic.types(first)).containsExactlyInAnyOrder("vn.dvk.self-assessment.filed.v1",
                "vn.dvk.self-assessment.overdue.v1", "vn.dvk.self-assessment.overdue.v1",
                "vn.dvk.self-assessment.overdue.v1");
        assertThat(first.stream().map(TopicProbe.Received::value)).anySatisfy(value -> assertThat(value)
                .contains("\"periodStart\":\"2022-04-01\"", "\"periodEnd\":\"2022-06-30\"",
                        "\"dueDate\":\"2022-07-10\""));
        assertThat(EvaluationTopic.types(events)).containsExactlyInAnyOrder("vn.dvk.self-assessment.filed.v1",
                "vn.dvk.self-assessment.overdue.v1", "vn.dvk.self-assessment.overdue.v1",
                "vn.dvk.self-assessment.overdue.v1", "vn.dvk.self-assessment.filed.v1");
        assertThat(overduePeriods("04063", modelId)).containsExactly(2, 3);
    }

    @Test
    void invalid_self_assessments_name_their_field_and_store_nothing() {
        String modelId = "invalid-" + UUID.randomUUID();
        known(chiengDongModel(modelId, ModelStatus.IN_PROGRESS));

        ServiceClient.Reply percent = http.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2022-01-01", "periodEnd": "2022-03-31", "progressPercent": 120,
                 "filedBy": "UBND xã Chiềng Đông"}""".formatted(modelId));
        ServiceClient.Reply indicator = http.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2022-01-01", "periodEnd": "2022-03-31", "progressPercent": 20,
                 "indicators": [{"code": "HAPPINESS", "value": 3}], "filedBy": "UBND xã Chiềng Đông"}"""
                .formatted(modelId));
        ServiceClient.Reply reversed = file(modelId, "2022-03-31", "2022-01-01");
        ServiceClient.Reply badDate = http.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2022-02-30", "periodEnd": "2022-03-31", "progressPercent": 20,
                 "filedBy": "UBND xã Chiềng Đông"}""".formatted(modelId));

        assertThat(percent.status()).isEqualTo(400);
        assertThat(percent.errorFields()).containsExactly("progressPercent");
        assertThat(indicator.status()).isEqualTo(400);
        assertThat(indicator.errorFields()).containsExactly("indicators[0].code");
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.errorFields()).containsExactly("periodEnd");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFields()).containsExactly("periodStart");
        assertThat(http.get("/api/v1/self-assessments?modelId=" + modelId).json()).isEmpty();
    }

    @Test
    void a_model_not_yet_approved_is_neither_assessed_nor_overdue() {
        String modelId = "pending-" + UUID.randomUUID();
        known(chiengDongModel(modelId, ModelStatus.REGISTERED));

        ServiceClient.Reply answer = file(modelId, "2022-01-01", "2022-03-31");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("code")).isEqualTo("not-assessable");
        assertThat(overduePeriods("04063", modelId)).isEmpty();
    }

    @Test
    void the_overdue_list_refuses_an_unknown_unit() {
        ServiceClient.Reply answer = http.get("/api/v1/self-assessments/overdue?unit=99999");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("unit");
    }
}
