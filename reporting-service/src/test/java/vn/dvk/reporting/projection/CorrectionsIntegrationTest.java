package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.projection.domain.InspectionRecord;
import vn.dvk.reporting.projection.domain.Inspections;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelViews;

/**
 * Reporting follows corrections (issue 17, ADR 0013) on the real broker and store: a cancelled year-end verdict's
 * score leaves the model's figures, the status registration moves back leaves the recognised ones, a cancelled
 * inspection leaves §2.5's list; the same events delivered again change nothing.
 */
class CorrectionsIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2037;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    ModelViews views;

    @Autowired
    Inspections inspections;

    private Double scoreOf(ModelSnapshot model) {
        return views.modelsUnder("14/124", YEAR).stream().filter(figures -> figures.model().id().equals(model.id()))
                .findFirst().map(ModelFigures::totalScore).orElse(null);
    }

    private long withStatus(String status) {
        return statistics("124", YEAR).path("byStatus").path(status).asLong();
    }

    private static DecisionCorrected cancellation(DecisionCorrected.Record record, String recordId, String modelId,
                                                  String unitPath) {
        return new DecisionCorrected(record, recordId, modelId, unitPath, DecisionCorrected.Action.CANCELLED, null,
                YEAR, null, null, "Nhập nhầm", "Ban Chỉ đạo", Instant.now());
    }

    @Test
    void a_cancelled_verdict_and_a_cancelled_inspection_leave_the_figures_and_a_redelivery_changes_nothing() {
        try (EventFeed feed = new EventFeed()) {
            ModelSnapshot model = feed.registered(ModelFixtures.aCollectiveModel().inUnit("04096").inYear(YEAR)
                    .withStatus(ModelStatus.IN_PROGRESS).atVersion(3).build());
            ModelSnapshot recognised = feed.statusChanged(model, ModelStatus.RECOGNIZED);
            String evaluationId = model.id() + ":year-end:" + YEAR;
            feed.send(EvaluationEvents.MODEL_EVALUATED, model.id(), model.unitPath(), 1, new ModelEvaluated(
                    evaluationId, model.id(), model.unitPath(), YEAR, InspectionRound.YEAR_END, "plan-" + YEAR,
                    "d1", List.of(), 8.5, true, List.of(), "Ban Chỉ đạo xã Lóng Phiêng", Instant.now()));
            String planId = "plan-" + YEAR;
            feed.send(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, planId, "14/124", 1, new InspectionPlanPublished(
                    planId, "124", "14/124", YEAR, InspectionRound.YEAR_END, "Kế hoạch kiểm tra cuối năm",
                    "90/QĐ-UBND", LocalDate.of(YEAR, 2, 1), List.of(), List.of(), "Ban Chỉ đạo huyện", Instant.now()));
            for (String[] target : new String[][] {{"t1", "04096"}, {"t2", "04063"}}) {
                String unitPath = "14/124/" + target[1];
                feed.send(EvaluationEvents.INSPECTION_COMPLETED, planId, unitPath, 2, new InspectionCompleted(
                        planId + ":" + target[0], planId, target[0], YEAR, InspectionRound.YEAR_END, target[1],
                        unitPath, "Xã " + target[1], null, "d1", LocalDate.of(YEAR, 11, 20), "Đạt yêu cầu",
                        "Đoàn kiểm tra số 1", Instant.now()));
            }
            feed.flush();
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(scoreOf(recognised)).isEqualTo(8.5);
                assertThat(withStatus("RECOGNIZED")).isEqualTo(1);
                assertThat(inspections.inspectionsUnder("14/124", YEAR)).hasSize(2);
            });

            feed.send(EvaluationEvents.DECISION_CORRECTED, model.id(), model.unitPath(), 2, cancellation(
                    DecisionCorrected.Record.YEAR_END_EVALUATION, evaluationId, model.id(), model.unitPath()));
            feed.statusChanged(recognised, ModelStatus.IN_PROGRESS);
            feed.send(EvaluationEvents.DECISION_CORRECTED, planId, "14/124/04063", 3, cancellation(
                    DecisionCorrected.Record.INSPECTION, planId + ":t2", null, "14/124/04063"));
            feed.redeliverAll();

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(scoreOf(recognised)).isNull();
                assertThat(withStatus("RECOGNIZED")).isZero();
                assertThat(withStatus("IN_PROGRESS")).isEqualTo(1);
                assertThat(inspections.inspectionsUnder("14/124", YEAR)).extracting(InspectionRecord::inspectionId)
                        .containsExactly(planId + ":t1");
            });
            assertThat(inspections.plansIssuedBy("14/124", YEAR)).singleElement()
                    .satisfies(plan -> assertThat(plan.decisionNumber()).isEqualTo("90/QĐ-UBND"));
            assertThat(statistics("124", YEAR).path("total").asLong()).isEqualTo(1);
        }
    }
}
