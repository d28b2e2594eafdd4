package vn.dvk.evaluation.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * Lifecycle steps 2, 4 and 5 from evaluation-service's side: registration's events feed the local model view, and
 * every decision goes out as a schema-valid event keyed by the model.
 */
class ReviewToRecognitionIntegrationTest extends EvaluationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String review(String modelId, String decision, String reason) {
        return JSON.writeValueAsString(reason == null
                ? Map.of("modelId", modelId, "decision", decision, "reviewer", "Ban Dân vận Huyện ủy")
                : Map.of("modelId", modelId, "decision", decision, "reason", reason,
                        "reviewer", "Ban Dân vận Huyện ủy"));
    }

    private static String yearEndEvaluation(String modelId, double score, boolean recognized) {
        return yearEndEvaluation(modelId, null, score, recognized);
    }

    private static String yearEndEvaluation(String modelId, String planId, double score, boolean recognized) {
        return """
                {"modelId": "%s", "round": "YEAR_END", "year": 2022, "teamId": "team-1", "planId": %s,
                 "scores": [
                   {"criterion": "PRACTICAL_EFFECTIVE", "score": %s, "comment": "Thu nhập 1 tỷ đồng/năm"},
                   {"criterion": "SUSTAINABLE", "score": %s},
                   {"criterion": "REPLICABLE", "score": %s},
                   {"criterion": "ENGAGES_PEOPLE", "score": %s},
                   {"criterion": "HONEST", "score": %s}],
                 "recognized": %s,
                 "indicators": [{"code": "INCOME_VND_PER_YEAR", "value": 1000000000}],
                 "evaluatedBy": "Đoàn kiểm tra số 1"}
                """.formatted(modelId, planId == null ? "null" : "\"" + planId + "\"", score, score, score, score,
                score, recognized);
    }

    private void awaitView(String modelId, ModelStatus status, long version) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ServiceClient.Reply view = http.get("/api/v1/known-models/" + modelId);
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.text("status")).isEqualTo(status.name());
            assertThat(view.json().path("version").asLong()).isEqualTo(version);
        });
    }

    @Test
    void a_model_is_returned_with_reason_resubmitted_approved_assessed_and_recognised_at_year_end() {
        String modelId = "pear-" + UUID.randomUUID();
        ModelSnapshot registered = ModelFixtures.taiNungPears().withId(modelId)
                .implemented(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)).snapshot();
        RegistrationFeed.registered(registered);
        awaitView(modelId, ModelStatus.REGISTERED, 1);

        ServiceClient.Reply returned = committeeOf("04096").post("/api/v1/reviews", review(modelId, "RETURN", "Bổ sung thời gian thực hiện"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        assertThat(returned.text("decision")).isEqualTo("RETURN");
        assertThat(returned.text("reason")).isEqualTo("Bổ sung thời gian thực hiện");

        ServiceClient.Reply tooEarly = committeeOf("04096").post("/api/v1/reviews", review(modelId, "APPROVE", null));
        assertThat(tooEarly.status()).as("decision on the same submission").isEqualTo(409);
        assertThat(tooEarly.text("code")).isEqualTo("already-decided");

        RegistrationFeed.statusChanged(ModelFixtures.from(registered).withStatus(ModelStatus.RETURNED).atVersion(2)
                .snapshot(), ModelStatus.REGISTERED, "Bổ sung thời gian thực hiện");
        RegistrationFeed.resubmitted(ModelFixtures.from(registered).atVersion(3).snapshot());
        awaitView(modelId, ModelStatus.REGISTERED, 3);

        ServiceClient.Reply approved = committeeOf("04096").post("/api/v1/reviews", review(modelId, "APPROVE", null));
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        assertThat(approved.json().path("modelVersion").asLong()).isEqualTo(3);
        ServiceClient.Reply secondApproval = committeeOf("04096").post("/api/v1/reviews", review(modelId, "APPROVE", null));
        assertThat(secondApproval.status()).isEqualTo(409);
        assertThat(secondApproval.json().path("detail").asString()).contains("đã có quyết định");

        RegistrationFeed.statusChanged(ModelFixtures.from(registered).withStatus(ModelStatus.APPROVED).atVersion(4)
                .snapshot(), ModelStatus.REGISTERED, null);
        awaitView(modelId, ModelStatus.APPROVED, 4);
        ServiceClient.Reply afterApproval = committeeOf("04096").post("/api/v1/reviews", review(modelId, "APPROVE", null));
        assertThat(afterApproval.status()).isEqualTo(409);

        ServiceClient.Reply assessed = http.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2022-01-01", "periodEnd": "2022-06-30", "progressPercent": 60,
                 "indicators": [{"code": "SEEDLINGS_SUPPLIED", "value": 5000}, {"code": "AREA_HECTARES", "value": 12.5}],
                 "difficulties": "Thiếu vốn", "proposals": "Hỗ trợ giống", "filedBy": "UBND xã Lóng Phiêng"}
                """.formatted(modelId));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        assertThat(assessed.json().path("indicators").get(0).path("unit").asString()).isEqualTo("cây");

        String planId = yearEndInspection(modelId, "04096", 2022);
        ServiceClient.Reply evaluated = committeeOf("04096").post("/api/v1/evaluations", yearEndEvaluation(modelId, planId, 8.5, true));
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(201);
        assertThat(evaluated.json().path("totalScore").asDouble()).isEqualTo(8.5);
        assertThat(evaluated.json().path("recognized").asBoolean()).isTrue();
        ServiceClient.Reply secondYearEnd = committeeOf("04096").post("/api/v1/evaluations", yearEndEvaluation(modelId, planId, 8.5, true));
        assertThat(secondYearEnd.status()).isEqualTo(409);

        List<TopicProbe.Received> events = topic.await(modelId, 5);
        List<String> types = EvaluationTopic.types(events);
        // the relay keeps order within one aggregate; the self-assessment and the evaluation are two aggregates
        // written in the same instant here, so only the order each aggregate guarantees is asserted
        assertThat(types).containsExactlyInAnyOrder("vn.dvk.review.decided.v1", "vn.dvk.review.decided.v1",
                "vn.dvk.self-assessment.filed.v1", "vn.dvk.model.evaluated.v1",
                "vn.dvk.model.recognition-decided.v1");
        assertThat(types.subList(0, 2)).containsOnly("vn.dvk.review.decided.v1");
        assertThat(events.get(0).value()).contains("\"decision\":\"RETURN\"", "Bổ sung thời gian thực hiện");
        assertThat(events.get(1).value()).contains("\"decision\":\"APPROVE\"");
        assertThat(types.indexOf("vn.dvk.model.evaluated.v1"))
                .isLessThan(types.indexOf("vn.dvk.model.recognition-decided.v1"));
        assertThat(events.get(types.indexOf("vn.dvk.model.recognition-decided.v1")).value())
                .contains("\"recognized\":true", "\"totalScore\":8.5");
        assertThat(events).allSatisfy(event -> assertThat(event.event().unitPath()).isEqualTo("14/124/04096"));

        ServiceClient.Reply history = http.get("/api/v1/reviews?modelId=" + modelId);
        assertThat(history.json()).hasSize(2);
        assertThat(history.json().get(0).path("reviewer").asString())
                .as("who reviewed comes from the access token; the body's reviewer is ignored")
                .isEqualTo("Cán bộ bcd.04096 (bcd.04096)");
    }

    @Test
    void a_review_for_an_unknown_model_is_unprocessable_and_names_the_model() {
        ServiceClient.Reply answer = committeeOf("04096").post("/api/v1/reviews", review("no-such-model", "APPROVE", null));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("code")).isEqualTo("unknown-model");
        assertThat(answer.errorFields()).containsExactly("modelId");
    }

    @Test
    void a_return_without_reason_or_with_an_unknown_decision_is_refused_and_nothing_is_stored() {
        String modelId = "noreason-" + UUID.randomUUID();
        RegistrationFeed.registered(ModelFixtures.taiNungPears().withId(modelId).snapshot());
        awaitView(modelId, ModelStatus.REGISTERED, 1);

        ServiceClient.Reply noReason = committeeOf("04096").post("/api/v1/reviews", review(modelId, "RETURN", "   "));
        ServiceClient.Reply badDecision = committeeOf("04096").post("/api/v1/reviews", review(modelId, "MAYBE", null));
        ServiceClient.Reply noDecision = committeeOf("04096").post("/api/v1/reviews", "{\"modelId\": \"" + modelId + "\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(badDecision.status()).isEqualTo(400);
        assertThat(badDecision.errorFields()).containsExactly("decision");
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.errorFields()).containsExactly("decision");
        assertThat(http.get("/api/v1/reviews?modelId=" + modelId).json()).isEmpty();
    }

    @Test
    void the_same_idempotency_key_gives_the_same_review_and_another_body_with_it_conflicts() {
        String modelId = "idem-" + UUID.randomUUID();
        RegistrationFeed.registered(ModelFixtures.taiNungPears().withId(modelId).snapshot());
        awaitView(modelId, ModelStatus.REGISTERED, 1);
        Map<String, String> key = Map.of("Idempotency-Key", "review-" + modelId);

        ServiceClient.Reply first = committeeOf("04096").post("/api/v1/reviews", review(modelId, "REJECT", "Trùng mô hình đã có"), key);
        ServiceClient.Reply again = committeeOf("04096").post("/api/v1/reviews", review(modelId, "REJECT", "Trùng mô hình đã có"), key);
        ServiceClient.Reply other = committeeOf("04096").post("/api/v1/reviews", review(modelId, "APPROVE", null), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("code")).isEqualTo("idempotency-key-reused");
        assertThat(http.get("/api/v1/reviews?modelId=" + modelId).json()).hasSize(1);
    }

    @Test
    void an_evaluation_of_a_rejected_model_is_unprocessable_and_publishes_nothing() {
        String modelId = "rejected-" + UUID.randomUUID();
        RegistrationFeed.registered(ModelFixtures.taiNungPears().withId(modelId).withStatus(ModelStatus.REJECTED)
                .atVersion(2).snapshot());
        awaitView(modelId, ModelStatus.REJECTED, 2);

        ServiceClient.Reply answer = committeeOf("04096").post("/api/v1/evaluations", yearEndEvaluation(modelId, 9, true));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("code")).isEqualTo("not-evaluable");
        assertThat(answer.errorFields()).containsExactly("modelId");
        assertThat(http.get("/api/v1/evaluations?modelId=" + modelId).json()).isEmpty();
    }

    @Test
    void a_recognition_below_the_threshold_is_refused_and_an_older_snapshot_does_not_overwrite_the_view() {
        String modelId = "low-" + UUID.randomUUID();
        ModelSnapshot inProgress = ModelFixtures.taiNungPears().withId(modelId).withStatus(ModelStatus.IN_PROGRESS)
                .implemented(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)).atVersion(5).snapshot();
        RegistrationFeed.statusChanged(inProgress, ModelStatus.APPROVED, null);
        awaitView(modelId, ModelStatus.IN_PROGRESS, 5);
        RegistrationFeed.registered(ModelFixtures.from(inProgress).withStatus(ModelStatus.REGISTERED).atVersion(1)
                .snapshot());
        assertThat(http.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2022-01-01", "periodEnd": "2022-06-30", "progressPercent": 50}"""
                .formatted(modelId)).status()).isEqualTo(201);
        String planId = yearEndInspection(modelId, "04096", 2022);

        ServiceClient.Reply recognisedLow = committeeOf("04096").post("/api/v1/evaluations", yearEndEvaluation(modelId, planId, 6.5, true));
        ServiceClient.Reply notRecognised = committeeOf("04096").post("/api/v1/evaluations", yearEndEvaluation(modelId, planId, 6.5, false));

        assertThat(recognisedLow.status()).isEqualTo(422);
        assertThat(recognisedLow.errorFields()).containsExactly("recognized");
        assertThat(notRecognised.status()).as(notRecognised.body()).isEqualTo(201);
        List<TopicProbe.Received> events = topic.await(modelId, 2);
        assertThat(events.get(1).value()).contains("\"recognized\":false");
        assertThat(http.get("/api/v1/known-models/" + modelId).text("status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void campaign_weights_are_validated_and_then_weigh_the_total() {
        String campaignId = "campaign-" + UUID.randomUUID();
        campaignOfYenChau(campaignId);
        ServiceClient.Reply negative = http.put("/api/v1/campaigns/" + campaignId + "/evaluation-weights", """
                {"weights": {"PRACTICAL_EFFECTIVE": -1, "SUSTAINABLE": 1, "REPLICABLE": 1, "ENGAGES_PEOPLE": 1,
                 "HONEST": 1}}""");
        ServiceClient.Reply unknown = http.put("/api/v1/campaigns/" + campaignId + "/evaluation-weights", """
                {"weights": {"BEAUTIFUL": 1}}""");
        ServiceClient.Reply saved = http.put("/api/v1/campaigns/" + campaignId + "/evaluation-weights", """
                {"weights": {"PRACTICAL_EFFECTIVE": 3, "SUSTAINABLE": 1, "REPLICABLE": 1, "ENGAGES_PEOPLE": 0,
                 "HONEST": 1}, "updatedBy": "Ban Chỉ đạo huyện"}""");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("weights.PRACTICAL_EFFECTIVE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/campaigns/" + campaignId + "/evaluation-weights").json().path("weights")
                .path("PRACTICAL_EFFECTIVE").asDouble()).isEqualTo(3.0);

        String modelId = "weighted-" + UUID.randomUUID();
        RegistrationFeed.statusChanged(ModelFixtures.taiNungPears().withId(modelId).withStatus(ModelStatus.APPROVED)
                .inCampaign(campaignId).atVersion(4).snapshot(), ModelStatus.REGISTERED, null);
        awaitView(modelId, ModelStatus.APPROVED, 4);
        ServiceClient.Reply evaluated = committeeOf("04096").post("/api/v1/evaluations", """
                {"modelId": "%s", "round": "MID_YEAR", "evaluatedBy": "Đoàn kiểm tra số 2", "recognized": false,
                 "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 10}, {"criterion": "SUSTAINABLE", "score": 4},
                   {"criterion": "REPLICABLE", "score": 4}, {"criterion": "ENGAGES_PEOPLE", "score": 0},
                   {"criterion": "HONEST", "score": 4}]}""".formatted(modelId));

        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(201);
        assertThat(evaluated.json().path("totalScore").asDouble()).isEqualTo(7.0);
        assertThat(EvaluationTopic.types(topic.await(modelId, 1))).containsExactly("vn.dvk.model.evaluated.v1");
    }
}
