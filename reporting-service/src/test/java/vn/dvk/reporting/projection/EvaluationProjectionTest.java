package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fakes.InMemoryReporting;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.projection.domain.InspectionRecord;
import vn.dvk.reporting.projection.domain.IssuedPlan;
import vn.dvk.reporting.projection.domain.ModelFigures;

/** What the yearly report quotes from evaluation events, kept by the evaluation projection in memory. */
class EvaluationProjectionTest {

    private static final int YEAR = 2026;

    private final InMemoryReporting reporting = new InMemoryReporting();

    private static SelfAssessmentFiled selfAssessment(ModelSnapshot model, double income) {
        return new SelfAssessmentFiled("sa-" + model.id(), model.id(), model.unitPath(), YEAR,
                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30), 60,
                List.of(new SelfAssessmentFiled.Indicator("INCOME_VND_PER_YEAR", income, "đồng/năm")), null, null,
                "Xã Lóng Phiêng", Instant.now());
    }

    private void filed(SelfAssessmentFiled filed) {
        reporting.evaluations.onSelfAssessmentFiled(InMemoryReporting.delivery(EvaluationEvents.SELF_ASSESSMENT_FILED,
                filed.selfAssessmentId(), filed.unitPath(), 1, filed));
    }

    @Test
    void figures_filed_before_the_model_s_snapshot_arrive_are_kept_and_an_evaluation_adds_its_score() {
        ModelSnapshot model = ModelFixtures.aCollectiveModel().inUnit("04096").inYear(YEAR).registered();
        filed(selfAssessment(model, 1_000_000_000));
        reporting.registered(model);
        ModelEvaluated evaluated = new ModelEvaluated("ev-1", model.id(), model.unitPath(), YEAR,
                InspectionRound.YEAR_END, null, null, List.of(), 92.5, true, List.of(
                new SelfAssessmentFiled.Indicator("SEEDLINGS_SUPPLIED", 20_000, "cây")), "Đoàn kiểm tra",
                Instant.now());

        reporting.evaluations.onModelEvaluated(InMemoryReporting.delivery(EvaluationEvents.MODEL_EVALUATED,
                evaluated.evaluationId(), model.unitPath(), 1, evaluated));

        assertThat(reporting.views.modelsUnder("14/124", YEAR)).singleElement().satisfies(figures -> {
            assertThat(figures.model()).isEqualTo(model);
            assertThat(figures.indicators()).containsEntry("INCOME_VND_PER_YEAR",
                    new ModelFigures.Figure(1_000_000_000, "đồng/năm")).containsEntry("SEEDLINGS_SUPPLIED",
                    new ModelFigures.Figure(20_000, "cây"));
            assertThat(figures.totalScore()).isEqualTo(92.5);
        });
        assertThat(reporting.changes).hasSize(3);
    }

    @Test
    void a_completed_inspection_is_listed_with_the_decision_of_its_plan_and_a_redelivery_adds_nothing() {
        InspectionPlanPublished plan = new InspectionPlanPublished("plan-81", "124", "14/124", YEAR,
                InspectionRound.MID_YEAR, "kế hoạch kiểm tra công tác dân vận, dân chủ", "81/QĐ-UBND",
                LocalDate.of(YEAR, 1, 27), List.of(), List.of(), "UBND huyện", Instant.now());
        InspectionCompleted inspection = new InspectionCompleted("insp-1", "plan-81", "t1", YEAR,
                InspectionRound.MID_YEAR, "04102", "14/124/04102", "Ủy ban nhân dân xã Chiềng Tương", null, "team-1",
                LocalDate.of(YEAR, 5, 12), "Thực hiện tốt", "Đoàn kiểm tra số 1", Instant.now());

        reporting.evaluations.onPlanPublished(InMemoryReporting.delivery(EvaluationEvents.INSPECTION_PLAN_PUBLISHED,
                plan.planId(), plan.unitPath(), 1, plan));
        for (int delivery = 0; delivery < 2; delivery++) {
            reporting.evaluations.onInspectionCompleted(InMemoryReporting.delivery(
                    EvaluationEvents.INSPECTION_COMPLETED, inspection.inspectionId(), inspection.unitPath(), 1,
                    inspection));
        }

        assertThat(reporting.inspections.inspectionsUnder("14/124", YEAR)).containsExactly(new InspectionRecord(
                "insp-1", YEAR, "MID_YEAR", "04102", "14/124/04102", "Ủy ban nhân dân xã Chiềng Tương", null,
                LocalDate.of(YEAR, 5, 12), "plan-81", "kế hoạch kiểm tra công tác dân vận, dân chủ", "81/QĐ-UBND",
                LocalDate.of(YEAR, 1, 27), "14/124"));
        assertThat(reporting.inspections.inspectionsUnder("14/125", YEAR)).isEmpty();
        assertThat(reporting.inspections.plansIssuedBy("14/124", YEAR)).containsExactly(new IssuedPlan("plan-81",
                "kế hoạch kiểm tra công tác dân vận, dân chủ", "81/QĐ-UBND", LocalDate.of(YEAR, 1, 27)));
        assertThat(reporting.inspections.plansIssuedBy("14", YEAR)).isEmpty();
        assertThat(reporting.inspections.plansIssuedBy("14/124/04102", YEAR)).isEmpty();
    }
}
