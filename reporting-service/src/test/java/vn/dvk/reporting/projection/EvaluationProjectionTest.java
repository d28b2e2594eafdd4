package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.DecisionCorrected;
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

    private void evaluated(ModelSnapshot model, String evaluationId, InspectionRound round, double total,
                           Instant at) {
        ModelEvaluated evaluated = new ModelEvaluated(evaluationId, model.id(), model.unitPath(), YEAR, round, null,
                null, List.of(), total, total >= 7, List.of(), "Ban Chỉ đạo xã Lóng Phiêng", at);
        reporting.evaluations.onModelEvaluated(InMemoryReporting.delivery(EvaluationEvents.MODEL_EVALUATED,
                model.id(), model.unitPath(), 1, evaluated));
    }

    private void corrected(DecisionCorrected.Record record, String recordId, String modelId, String unitPath,
                           DecisionCorrected.Action action) {
        reporting.evaluations.onDecisionCorrected(InMemoryReporting.delivery(EvaluationEvents.DECISION_CORRECTED,
                modelId, unitPath, 2, new DecisionCorrected(record, recordId, modelId, unitPath, action, null, YEAR,
                        null, null, "Nhập nhầm", "Ban Chỉ đạo xã Lóng Phiêng", Instant.now())));
    }

    private Double scoreOf(ModelSnapshot model) {
        return reporting.views.modelsUnder("14/124", YEAR).stream()
                .filter(figures -> figures.model().id().equals(model.id()))
                .findFirst().orElseThrow().totalScore();
    }

    @Test
    void a_cancelled_evaluation_s_score_leaves_the_model_s_figures_and_a_corrected_verdict_keeps_it() {
        ModelSnapshot model = reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04096").inYear(YEAR)
                .registered());
        evaluated(model, "ev-mid", InspectionRound.MID_YEAR, 6.5, Instant.parse("2026-06-20T02:00:00Z"));
        evaluated(model, "ev-end", InspectionRound.YEAR_END, 8.5, Instant.parse("2026-12-10T02:00:00Z"));
        corrected(DecisionCorrected.Record.YEAR_END_EVALUATION, "ev-end", model.id(), model.unitPath(),
                DecisionCorrected.Action.CORRECTED);
        assertThat(scoreOf(model)).isEqualTo(8.5);
        int changesBefore = reporting.changes.size();

        corrected(DecisionCorrected.Record.YEAR_END_EVALUATION, "ev-end", model.id(), model.unitPath(),
                DecisionCorrected.Action.CANCELLED);
        assertThat(scoreOf(model)).isEqualTo(6.5);
        assertThat(reporting.changes).hasSize(changesBefore + 1);

        corrected(DecisionCorrected.Record.EVALUATION, "ev-mid", model.id(), model.unitPath(),
                DecisionCorrected.Action.CANCELLED);
        assertThat(scoreOf(model)).isNull();
        evaluated(model, "ev-end:2", InspectionRound.YEAR_END, 7.5, Instant.parse("2026-12-15T02:00:00Z"));
        assertThat(scoreOf(model)).isEqualTo(7.5);
    }

    @Test
    void a_cancelled_inspection_leaves_the_report_s_list_while_its_plan_stays_issued_and_a_corrected_one_stays() {
        InspectionPlanPublished plan = new InspectionPlanPublished("plan-82", "124", "14/124", YEAR,
                InspectionRound.YEAR_END, "kế hoạch kiểm tra cuối năm", "82/QĐ-UBND", LocalDate.of(YEAR, 2, 1),
                List.of(), List.of(), "UBND huyện", Instant.now());
        reporting.evaluations.onPlanPublished(InMemoryReporting.delivery(EvaluationEvents.INSPECTION_PLAN_PUBLISHED,
                plan.planId(), plan.unitPath(), 1, plan));
        for (String target : List.of("t1", "t2")) {
            InspectionCompleted inspection = new InspectionCompleted("plan-82:" + target, "plan-82", target, YEAR,
                    InspectionRound.YEAR_END, "04096", "14/124/04096", "Xã Lóng Phiêng " + target, null, "team-1",
                    LocalDate.of(YEAR, 11, 12), "Thực hiện tốt", "Đoàn kiểm tra số 1", Instant.now());
            reporting.evaluations.onInspectionCompleted(InMemoryReporting.delivery(
                    EvaluationEvents.INSPECTION_COMPLETED, plan.planId(), inspection.unitPath(), 1, inspection));
        }

        corrected(DecisionCorrected.Record.INSPECTION, "plan-82:t1", null, "14/124/04096",
                DecisionCorrected.Action.CORRECTED);
        corrected(DecisionCorrected.Record.INSPECTION, "plan-82:t2", null, "14/124/04096",
                DecisionCorrected.Action.CANCELLED);
        corrected(DecisionCorrected.Record.INSPECTION, "plan-82:t2", null, "14/124/04096",
                DecisionCorrected.Action.CANCELLED);

        assertThat(reporting.inspections.inspectionsUnder("14/124", YEAR)).extracting(InspectionRecord::inspectionId)
                .containsExactly("plan-82:t1");
        assertThat(reporting.inspections.plansIssuedBy("14/124", YEAR)).extracting(IssuedPlan::planId)
                .containsExactly("plan-82");
    }
}
