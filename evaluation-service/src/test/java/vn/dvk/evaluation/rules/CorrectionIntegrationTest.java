package vn.dvk.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.evaluation.inspection.domain.Inspection;
import vn.dvk.evaluation.inspection.domain.Inspections;
import vn.dvk.evaluation.scoring.domain.Evaluation;
import vn.dvk.evaluation.scoring.domain.Evaluations;
import vn.dvk.evaluation.shared.domain.Correction;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * A recognition entered by mistake is cancelled by its level with a reason (issue 17, item 7): the evaluation stays,
 * marked, {@code vn.dvk.decision.corrected.v1} follows the verdict on the model's key, and the year awaits a new one.
 * An inspection is corrected and cancelled likewise by the committee that issued its plan, on the plan's key.
 */
class CorrectionIntegrationTest extends EvaluationApiTest {

    @Autowired
    Inspections inspections;

    @Autowired
    Evaluations evaluations;

    private static String yearEnd(String modelId, String planId, boolean recognized) {
        return """
                {"modelId": "%s", "round": "YEAR_END", "year": 2022, "planId": "%s", "recognized": %s,
                 "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 8}, {"criterion": "SUSTAINABLE", "score": 8},
                   {"criterion": "REPLICABLE", "score": 8}, {"criterion": "ENGAGES_PEOPLE", "score": 8},
                   {"criterion": "HONEST", "score": 8}]}""".formatted(modelId, planId, recognized);
    }

    @Test
    void a_recognition_cancelled_by_its_level_is_kept_marked_announced_and_a_new_verdict_can_follow() {
        String modelId = "corrected-" + UUID.randomUUID();
        String planId = readyForItsVerdict(modelId);
        ServiceClient committee = committeeOf("04096");
        String evaluationId = committee.post("/api/v1/evaluations", yearEnd(modelId, planId, true)).text("id");

        ServiceClient.Reply noReason = committee.post("/api/v1/evaluations/" + evaluationId + "/cancellation",
                "{\"reason\": \" \"}");
        ServiceClient.Reply cancelled = committee.post("/api/v1/evaluations/" + evaluationId + "/cancellation",
                "{\"reason\": \"Nhập nhầm kết quả của mô hình khác\"}");
        ServiceClient.Reply again = committee.post("/api/v1/evaluations/" + evaluationId + "/cancellation",
                "{\"reason\": \"Lần hai\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().at("/correction/action").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().at("/correction/reason").asString()).isEqualTo("Nhập nhầm kết quả của mô hình khác");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("already-cancelled");

        List<TopicProbe.Received> events = topic.await(modelId, 5);
        List<String> verdicts = EvaluationTopic.types(events).stream().filter(type -> !type.contains("self-assessment"))
                .toList();
        assertThat(verdicts).containsExactly("vn.dvk.model.evaluated.v1", "vn.dvk.model.recognition-decided.v1",
                "vn.dvk.decision.corrected.v1");
        assertThat(events.get(events.size() - 1).value()).contains("\"record\":\"YEAR_END_EVALUATION\"",
                "\"action\":\"CANCELLED\"", "\"recordId\":\"" + evaluationId + "\"");

        ServiceClient.Reply newVerdict = committee.post("/api/v1/evaluations", yearEnd(modelId, planId, false));
        assertThat(newVerdict.status()).as(newVerdict.body()).isEqualTo(201);
        assertThat(newVerdict.text("id")).isNotEqualTo(evaluationId);
        assertThat(http.get("/api/v1/evaluations?modelId=" + modelId).json()).hasSize(2);
    }

    @Test
    void an_inspection_corrected_then_cancelled_by_its_plan_level_keeps_its_history_and_is_announced_on_the_plan_key() {
        String modelId = "inspected-" + UUID.randomUUID();
        RegistrationFeed.statusChanged(ModelFixtures.taiNungPears().withId(modelId).withStatus(ModelStatus.IN_PROGRESS)
                .atVersion(5).snapshot(), ModelStatus.APPROVED, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/known-models/" + modelId).status() == 200);
        String planId = yearEndInspection(modelId, "04096", 2022);
        String inspectionId = planId + ":t1";
        ServiceClient committee = committeeOf("04096");

        ServiceClient.Reply corrected = committee.post("/api/v1/inspections/" + inspectionId + "/correction", """
                {"findings": "Mô hình chưa lập sổ theo dõi thu nhập", "reason": "Ghi nhầm kết quả của xã khác"}""");
        ServiceClient.Reply cancelled = committee.post("/api/v1/inspections/" + inspectionId + "/cancellation",
                "{\"reason\": \"Đoàn chưa đến kiểm tra mô hình\"}");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("findings").asString()).isEqualTo("Mô hình chưa lập sổ theo dõi thu nhập");
        assertThat(corrected.json().at("/corrections/0/replacedFindings").asString())
                .isEqualTo("Mô hình thực hiện đúng kế hoạch");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().at("/corrections/1/correction/action").asString()).isEqualTo("CANCELLED");
        List<TopicProbe.Received> events = topic.await(planId, 4);
        assertThat(EvaluationTopic.types(events)).containsExactly("vn.dvk.inspection-plan.published.v1",
                "vn.dvk.inspection.completed.v1", "vn.dvk.decision.corrected.v1", "vn.dvk.decision.corrected.v1");
        assertThat(events.get(2).value()).contains("\"record\":\"INSPECTION\"", "\"action\":\"CORRECTED\"",
                "\"findings\":\"Mô hình chưa lập sổ theo dõi thu nhập\"");
        assertThat(events.get(3).value()).contains("\"action\":\"CANCELLED\"", "\"recordId\":\"" + inspectionId
                + "\"");

        ServiceClient.Reply again = committee.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "2022-12-12", "findings": "Đoàn đã kiểm tra lại"}""");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(inspectionId + ":2");
    }

    @Test
    void two_corrections_decided_on_the_same_inspection_store_only_the_first() {
        String modelId = "raced-inspection-" + UUID.randomUUID();
        RegistrationFeed.statusChanged(ModelFixtures.taiNungPears().withId(modelId).withStatus(ModelStatus.IN_PROGRESS)
                .atVersion(5).snapshot(), ModelStatus.APPROVED, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/known-models/" + modelId).status() == 200);
        String planId = yearEndInspection(modelId, "04096", 2022);
        Inspection read = inspections.find(planId + ":t1").orElseThrow();
        Instant now = Instant.now();
        Inspection cancelled = read.cancelled(new Correction(DecisionCorrected.Action.CANCELLED, "Nhập trùng",
                "Ban Chỉ đạo xã Lóng Phiêng", now));
        Inspection corrected = read.corrected("Chưa đạt", null, new Correction(DecisionCorrected.Action.CORRECTED,
                "Ghi nhầm", "Ban Chỉ đạo xã Lóng Phiêng", now));

        inspections.correct(cancelled, announced(cancelled, DecisionCorrected.Action.CANCELLED));

        assertThatThrownBy(() -> inspections.correct(corrected, announced(corrected,
                DecisionCorrected.Action.CORRECTED))).isInstanceOf(StaleVersion.class);
        assertThat(inspections.find(read.id()).orElseThrow()).satisfies(stored -> {
            assertThat(stored.isCancelled()).isTrue();
            assertThat(stored.findings()).isEqualTo(read.findings());
            assertThat(stored.corrections()).hasSize(1);
        });
    }

    @Test
    void two_corrections_decided_on_the_same_reading_of_a_verdict_store_only_the_first() {
        String modelId = "raced-verdict-" + UUID.randomUUID();
        String planId = readyForItsVerdict(modelId);
        String evaluationId = committeeOf("04096").post("/api/v1/evaluations", yearEnd(modelId, planId, true))
                .text("id");
        Evaluation read = evaluations.find(evaluationId).orElseThrow();
        Instant now = Instant.now();
        Evaluation cancelled = read.with(true, new Correction(DecisionCorrected.Action.CANCELLED, "Nhập trùng",
                "Ban Chỉ đạo xã Lóng Phiêng", now));
        Evaluation overturned = read.with(false, new Correction(DecisionCorrected.Action.CORRECTED, "Ghi nhầm",
                "Ban Chỉ đạo xã Lóng Phiêng", now));

        evaluations.correct(cancelled, List.of(announced(cancelled)));

        assertThatThrownBy(() -> evaluations.correct(overturned, List.of(announced(overturned))))
                .isInstanceOf(StaleVersion.class);
        assertThat(evaluations.find(evaluationId).orElseThrow()).satisfies(stored -> {
            assertThat(stored.isCancelled()).isTrue();
            assertThat(stored.recognized()).isTrue();
            assertThat(stored.version()).isEqualTo(read.version() + 1);
        });
    }

    /** A model approved for 2022, its two half-year self-assessments filed and inspected: the plan's id. */
    private String readyForItsVerdict(String modelId) {
        RegistrationFeed.statusChanged(ModelFixtures.taiNungPears().withId(modelId).withStatus(ModelStatus.IN_PROGRESS)
                .atVersion(5).snapshot(), ModelStatus.APPROVED, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/known-models/" + modelId).status() == 200);
        for (String[] half : new String[][] {{"2022-01-01", "2022-06-30"}, {"2022-07-01", "2022-12-31"}}) {
            assertThat(http.post("/api/v1/self-assessments", """
                    {"modelId": "%s", "periodStart": "%s", "periodEnd": "%s", "progressPercent": 90}"""
                    .formatted(modelId, half[0], half[1])).status()).isEqualTo(201);
        }
        return yearEndInspection(modelId, "04096", 2022);
    }

    private static OutboundEvent<DecisionCorrected> announced(Evaluation evaluation) {
        Correction correction = evaluation.correction();
        return new OutboundEvent<>(EvaluationEvents.DECISION_CORRECTED, evaluation.modelId(), evaluation.unitPath(),
                new DecisionCorrected(DecisionCorrected.Record.YEAR_END_EVALUATION, evaluation.id(),
                        evaluation.modelId(), evaluation.unitPath(), correction.action(), null, evaluation.year(),
                        null, null, correction.reason(), correction.correctedBy(), correction.correctedAt()));
    }

    private static OutboundEvent<DecisionCorrected> announced(Inspection inspection, DecisionCorrected.Action action) {
        Correction correction = inspection.corrections().get(inspection.corrections().size() - 1).correction();
        return new OutboundEvent<>(EvaluationEvents.DECISION_CORRECTED, inspection.planId(), inspection.unitPath(),
                new DecisionCorrected(DecisionCorrected.Record.INSPECTION, inspection.id(), inspection.modelId(),
                        inspection.unitPath(), action, null, inspection.year(), null, null, correction.reason(),
                        correction.correctedBy(), correction.correctedAt()));
    }
}
