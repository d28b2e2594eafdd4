package vn.dvk.evaluation.scoring.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.inspection.application.InspectionPlanService;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.scoring.domain.Evaluation;
import vn.dvk.evaluation.scoring.domain.InMemoryEvaluationsAnsweringNoYearEnd;
import vn.dvk.evaluation.scoring.domain.Scoring;
import vn.dvk.evaluation.scoring.domain.Weights;
import vn.dvk.evaluation.shared.domain.AlreadyDecided;
import vn.dvk.evaluation.support.InMemoryEvaluation;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;

class EvaluationServiceTest {

    private static final LocalDate YEAR_END_2022 = LocalDate.of(2022, 12, 20);

    /** The pears are a grassroots model of Lóng Phiêng: its commune's committee evaluates them. */
    private static final Caller LONG_PHIENG_COMMITTEE = InMemoryEvaluation.committeeOf("04096");

    private final InMemoryEvaluation district = InMemoryEvaluation.serving("124", YEAR_END_2022);
    private final ModelView pears = district.knows(ModelFixtures.taiNungPears()
            .withStatus(ModelStatus.IN_PROGRESS).atVersion(5));

    @BeforeEach
    void theStepsBeforeTheYearEndOfThePears() {
        district.stepsBeforeYearEnd(pears, 2022);
        district.outbox().clear();
    }

    private static List<Scoring.Given> everyCriterion(double score) {
        return Arrays.stream(Criterion.values()).map(criterion -> new Scoring.Given(criterion, score, null)).toList();
    }

    private static EvaluationService.Evaluate evaluation(ModelView model, InspectionRound round,
                                                         List<Scoring.Given> scores, boolean recognized) {
        return evaluation(model, round, null, scores, recognized);
    }

    private static EvaluationService.Evaluate evaluation(ModelView model, InspectionRound round, String planId,
                                                         List<Scoring.Given> scores, boolean recognized) {
        return new EvaluationService.Evaluate(model.id(), round, null, planId, "team-1", scores, recognized,
                List.of(), null);
    }

    /** A year-end evaluation of 2022 citing the plan that targets the model, if one does. */
    private static EvaluationService.Evaluate yearEnd(InMemoryEvaluation instance, ModelView model, double score,
                                                      boolean recognized) {
        String planId = instance.inspectionPlanService().concerning(model.unitPath(), 2022).stream()
                .filter(plan -> plan.targets().stream().anyMatch(target -> model.id().equals(target.modelId())))
                .map(InspectionPlan::id).findFirst().orElse(null);
        return evaluation(model, InspectionRound.YEAR_END, planId, everyCriterion(score), recognized);
    }

    private EvaluationService.Evaluate yearEnd(ModelView model, double score, boolean recognized) {
        return yearEnd(district, model, score, recognized);
    }

    @Test
    void given_a_model_in_progress_when_its_year_end_evaluation_recognises_it_then_the_verdict_follows_the_scores() {
        String id = district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 8.5, true));

        assertThat(district.evaluationService().get(id).totalScore()).isEqualTo(8.5);
        assertThat(district.outbox().typesAbout(pears.id()))
                .containsExactly("vn.dvk.model.evaluated.v1", "vn.dvk.model.recognition-decided.v1");
        assertThat(district.outbox().payloads(EvaluationEvents.MODEL_RECOGNITION_DECIDED)).singleElement()
                .satisfies(decided -> {
                    assertThat(decided.evaluationId()).isEqualTo(id);
                    assertThat(decided.year()).isEqualTo(2022);
                    assertThat(decided.recognized()).isTrue();
                    assertThat(decided.reason()).isEqualTo("Công nhận, tổng điểm 8.5/10");
                    assertThat(decided.modelVersion()).isEqualTo(pears.version());
                });
        assertThat(district.evaluationService().hasYearEnd(pears.id(), 2022)).isTrue();
    }

    @Test
    void given_a_mid_year_evaluation_when_recorded_then_no_recognition_is_decided() {
        district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, evaluation(pears, InspectionRound.MID_YEAR, everyCriterion(6), false));

        assertThat(district.outbox().typesAbout(pears.id())).containsExactly("vn.dvk.model.evaluated.v1");
        assertThat(district.evaluationService().hasYearEnd(pears.id(), 2022)).isFalse();
    }

    @Test
    void given_a_year_end_verdict_when_another_year_end_evaluation_comes_then_it_is_already_decided() {
        district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 6.5, false));

        assertThatThrownBy(() -> district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 8.5, true)))
                .isInstanceOf(AlreadyDecided.class);
        assertThat(district.evaluationService().ofModel(pears.id())).hasSize(1);
        assertThat(district.outbox().typesAbout(pears.id())).hasSize(2);
    }

    @Test
    void given_a_total_below_the_threshold_when_the_team_recognises_the_model_then_nothing_is_recorded() {
        assertThatThrownBy(() -> district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 6.99, true)))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
                    assertThat(e.code()).isEqualTo("verdict-below-threshold");
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field).containsExactly("recognized");
                });
        assertThat(district.evaluationService().ofModel(pears.id())).isEmpty();
        assertThat(district.outbox().typesAbout(pears.id())).isEmpty();
    }

    @Test
    void given_a_configured_threshold_when_a_total_reaches_the_default_but_not_it_then_recognition_is_refused() {
        InMemoryEvaluation strict = InMemoryEvaluation.serving("124", YEAR_END_2022,
                new EvaluationProperties(8.0, null, null, null, null));
        ModelView model = strict.knows(ModelFixtures.taiNungPears().withStatus(ModelStatus.IN_PROGRESS));
        strict.stepsBeforeYearEnd(model, 2022);

        assertThatThrownBy(() -> strict.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(strict, model, 7.5, true)))
                .isInstanceOf(Rejection.Unprocessable.class);
        assertThat(district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 7.5, true))).isNotBlank();
    }

    @Test
    void given_campaign_weights_when_the_model_of_the_campaign_is_evaluated_then_its_total_is_weighted() {
        district.knowsCampaign("campaign-2022");
        district.weightsService().set("campaign-2022", Map.of(Criterion.PRACTICAL_EFFECTIVE, 3.0,
                Criterion.SUSTAINABLE, 1.0, Criterion.REPLICABLE, 1.0, Criterion.ENGAGES_PEOPLE, 0.0,
                Criterion.HONEST, 1.0), "Ban Chỉ đạo huyện");
        ModelView inCampaign = district.knows(ModelFixtures.taiNungPears().withId("weighted-model")
                .withStatus(ModelStatus.APPROVED).inCampaign("campaign-2022"));

        String id = district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, evaluation(inCampaign, InspectionRound.MID_YEAR, List.of(
                new Scoring.Given(Criterion.PRACTICAL_EFFECTIVE, 10, null),
                new Scoring.Given(Criterion.SUSTAINABLE, 4, null), new Scoring.Given(Criterion.REPLICABLE, 4, null),
                new Scoring.Given(Criterion.ENGAGES_PEOPLE, 0, null), new Scoring.Given(Criterion.HONEST, 4, null)),
                false));

        assertThat(district.evaluationService().get(id).totalScore()).isEqualTo(7.0);
    }

    @Test
    void given_a_rejected_model_when_evaluated_then_it_is_not_evaluable() {
        ModelView rejected = district.knows(ModelFixtures.taiNungPears().withId("rejected-model")
                .withStatus(ModelStatus.REJECTED).atVersion(2));

        assertThatThrownBy(() -> district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(rejected, 9, true)))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        e -> assertThat(e.code()).isEqualTo("not-evaluable"));
    }

    @Test
    void given_a_grassroots_model_when_the_district_committee_evaluates_it_then_it_is_a_level_mismatch() {
        assertThatThrownBy(() -> district.evaluationService().evaluate(InMemoryEvaluation.committeeOf("124"),
                yearEnd(pears, 9, true)))
                .isInstanceOfSatisfying(Rejection.OutOfScope.class,
                        e -> assertThat(e.code()).isEqualTo("level-mismatch"));
        assertThat(district.outbox().typesAbout(pears.id())).isEmpty();
    }

    @Test
    void given_no_inspection_recorded_when_the_year_end_verdict_comes_then_the_missing_inspection_is_named() {
        ModelView model = district.knows(ModelFixtures.taiNungPears().withId("uninspected-model")
                .withStatus(ModelStatus.IN_PROGRESS));
        String planId = district.inspectionPlanService().publish(new InspectionPlanService.PublishPlan(2022,
                InspectionRound.YEAR_END, "Kiểm tra cuối năm chưa thực hiện", null, null, "04096",
                List.of(new InspectionPlanService.TargetDraft(null, null, model.id(), null)), List.of(),
                "Ban Chỉ đạo xã", null, false)).id();

        assertThatThrownBy(() -> district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, evaluation(model,
                InspectionRound.YEAR_END, planId, everyCriterion(9), true)))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        e -> assertThat(e.code()).isEqualTo("inspection-missing"));
        assertThat(district.evaluationService().ofModel(model.id())).isEmpty();
    }

    @Test
    void given_a_campaign_that_requires_only_the_scores_when_its_model_gets_its_verdict_then_nothing_else_is_asked() {
        InMemoryEvaluation scoresOnly = InMemoryEvaluation.serving("124", YEAR_END_2022,
                new EvaluationProperties(null, null, null, null, new EvaluationProperties.YearEnd(null,
                        Map.of("campaign-scores-only", Set.of()))));
        ModelView model = scoresOnly.knows(ModelFixtures.taiNungPears().withStatus(ModelStatus.APPROVED)
                .inCampaign("campaign-scores-only"));

        String id = scoresOnly.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, evaluation(model,
                InspectionRound.YEAR_END, everyCriterion(8), true));

        assertThat(scoresOnly.evaluationService().get(id).recognized()).isTrue();
    }

    @Test
    void given_a_year_end_verdict_stored_meanwhile_when_a_racing_request_writes_then_the_store_refuses_it() {
        String first = district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 8, true));
        EvaluationService blindToTheFirst = district.evaluationServiceOn(new InMemoryEvaluationsAnsweringNoYearEnd(
                district.evaluations()));

        assertThatThrownBy(() -> blindToTheFirst.evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 6, false)))
                .isInstanceOf(AlreadyDecided.class);
        assertThat(first).isEqualTo(Evaluation.yearEndIdOf(pears.id(), 2022, 0));
        assertThat(district.evaluationService().ofModel(pears.id())).singleElement()
                .satisfies(evaluation -> assertThat(evaluation.recognized()).isTrue());
    }

    @Test
    void given_a_campaign_registration_never_announced_when_weights_are_set_for_it_then_it_is_unknown() {
        assertThatThrownBy(() -> district.weightsService().set("no-such-campaign", Weights.equal().byCriterion(),
                "Ban Chỉ đạo huyện")).isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-campaign");
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field).containsExactly("campaignId");
                });
        assertThat(district.weightsService().get("no-such-campaign").version()).isZero();
    }

    @Test
    void given_a_recognition_entered_by_mistake_when_its_level_cancels_it_then_the_year_awaits_a_new_verdict() {
        String id = district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 8, true));

        Evaluation cancelled = district.evaluationService().cancel(LONG_PHIENG_COMMITTEE, id,
                " Nhập nhầm điểm của mô hình khác ");

        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.correction().reason()).isEqualTo("Nhập nhầm điểm của mô hình khác");
        assertThat(cancelled.correction().correctedBy()).isEqualTo(LONG_PHIENG_COMMITTEE.signature());
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).singleElement()
                .satisfies(corrected -> {
                    assertThat(corrected.record()).isEqualTo(DecisionCorrected.Record.YEAR_END_EVALUATION);
                    assertThat(corrected.action()).isEqualTo(DecisionCorrected.Action.CANCELLED);
                    assertThat(corrected.recordId()).isEqualTo(id);
                    assertThat(corrected.recognized()).isNull();
                });
        assertThat(district.outbox().typesAbout(pears.id())).last().isEqualTo("vn.dvk.decision.corrected.v1");
        assertThat(district.evaluationService().hasYearEnd(pears.id(), 2022)).isFalse();
        String again = district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 6, false));
        assertThat(again).isEqualTo(Evaluation.yearEndIdOf(pears.id(), 2022, 1)).isNotEqualTo(id);
        assertThat(district.evaluationService().ofModel(pears.id())).hasSize(2);
    }

    @Test
    void given_a_verdict_entered_by_mistake_when_its_level_corrects_it_then_the_other_verdict_holds() {
        String id = district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 8, false));

        Evaluation corrected = district.evaluationService().correctVerdict(LONG_PHIENG_COMMITTEE, id, true,
                "Đoàn đã thống nhất công nhận");

        assertThat(corrected.recognized()).isTrue();
        assertThat(corrected.correction().action()).isEqualTo(DecisionCorrected.Action.CORRECTED);
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).singleElement()
                .satisfies(event -> assertThat(event.recognized()).isTrue());
        assertThat(district.evaluationService().hasYearEnd(pears.id(), 2022)).isTrue();
    }

    @Test
    void given_corrections_that_break_a_rule_when_asked_then_each_is_refused_and_nothing_is_announced() {
        String id = district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 6.5, false));

        assertThatThrownBy(() -> district.evaluationService().cancel(InMemoryEvaluation.committeeOf("124"), id,
                "Nhầm")).isInstanceOfSatisfying(Rejection.OutOfScope.class,
                e -> assertThat(e.code()).isEqualTo("level-mismatch"));
        assertThatThrownBy(() -> district.evaluationService().cancel(LONG_PHIENG_COMMITTEE, id, "  "))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, e -> assertThat(e.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("reason"));
        assertThatThrownBy(() -> district.evaluationService().correctVerdict(LONG_PHIENG_COMMITTEE, id, true,
                "Công nhận")).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                e -> assertThat(e.code()).isEqualTo("verdict-below-threshold"));
        assertThatThrownBy(() -> district.evaluationService().correctVerdict(LONG_PHIENG_COMMITTEE, id, false,
                "Như cũ")).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                e -> assertThat(e.code()).isEqualTo("verdict-unchanged"));
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).isEmpty();

        district.evaluationService().cancel(LONG_PHIENG_COMMITTEE, id, "Nhập nhầm");
        assertThatThrownBy(() -> district.evaluationService().cancel(LONG_PHIENG_COMMITTEE, id, "Lần hai"))
                .isInstanceOfSatisfying(Rejection.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("already-cancelled"));
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).hasSize(1);
    }

    @Test
    void given_a_mid_year_evaluation_when_its_verdict_is_corrected_then_there_is_none_to_correct_but_it_can_be_cancelled() {
        String id = district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE,
                evaluation(pears, InspectionRound.MID_YEAR, everyCriterion(6), false));

        assertThatThrownBy(() -> district.evaluationService().correctVerdict(LONG_PHIENG_COMMITTEE, id, true,
                "Sửa")).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                e -> assertThat(e.code()).isEqualTo("not-a-verdict"));
        district.evaluationService().cancel(LONG_PHIENG_COMMITTEE, id, "Nhập trùng");

        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).singleElement()
                .satisfies(event -> assertThat(event.record()).isEqualTo(DecisionCorrected.Record.EVALUATION));
    }

    @Test
    void given_the_inspection_cancelled_by_its_level_when_the_year_end_verdict_comes_then_the_inspection_is_missing() {
        InspectionPlan plan = district.inspectionPlanService().concerning(pears.unitPath(), 2022).get(0);
        String inspectionId = district.inspectionPlanService().plans(pears.unitPath(), 2022).get(0)
                .inspections().get(0).id();

        district.inspectionPlanService().cancelInspection(LONG_PHIENG_COMMITTEE, inspectionId,
                "Đoàn chưa đến kiểm tra mô hình");

        assertThat(district.inspectionPlanService().isInspected(plan.id(), "t1")).isFalse();
        assertThatThrownBy(() -> district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE,
                yearEnd(pears, 9, true))).isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
                    assertThat(e.code()).isEqualTo("inspection-missing");
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field).containsExactly("planId");
                });
        assertThat(district.evaluationService().ofModel(pears.id())).isEmpty();
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).singleElement()
                .satisfies(event -> {
                    assertThat(event.record()).isEqualTo(DecisionCorrected.Record.INSPECTION);
                    assertThat(event.action()).isEqualTo(DecisionCorrected.Action.CANCELLED);
                    assertThat(event.recordId()).isEqualTo(inspectionId);
                });

        String again = district.inspectionPlanService().recordInspection(plan.id(),
                new InspectionPlanService.RecordInspection("t1", YEAR_END_2022, "Đoàn đã kiểm tra lại", null,
                        "Đoàn kiểm tra số 1"));
        assertThat(again).isEqualTo(inspectionId + ":2");
        assertThat(district.evaluationService().evaluate(LONG_PHIENG_COMMITTEE, yearEnd(pears, 9, true)))
                .isEqualTo(Evaluation.yearEndIdOf(pears.id(), 2022, 0));
    }

    @Test
    void given_inspection_corrections_that_break_a_rule_when_asked_then_each_is_refused_and_nothing_is_announced() {
        String inspectionId = district.inspectionPlanService().plans(pears.unitPath(), 2022).get(0)
                .inspections().get(0).id();

        assertThatThrownBy(() -> district.inspectionPlanService().cancelInspection(
                InMemoryEvaluation.committeeOf("124"), inspectionId, "Nhầm"))
                .isInstanceOfSatisfying(Rejection.OutOfScope.class,
                        e -> assertThat(e.code()).isEqualTo("not-plan-level"));
        assertThatThrownBy(() -> district.inspectionPlanService().correctInspection(LONG_PHIENG_COMMITTEE,
                inspectionId, "Mô hình thực hiện đúng kế hoạch", null, "Sửa"))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        e -> assertThat(e.code()).isEqualTo("findings-unchanged"));
        assertThatThrownBy(() -> district.inspectionPlanService().cancelInspection(LONG_PHIENG_COMMITTEE,
                inspectionId, " ")).isInstanceOfSatisfying(Rejection.InvalidInput.class, e -> assertThat(e.issues())
                .extracting(Rejection.FieldIssue::field).containsExactly("reason"));
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).isEmpty();

        district.inspectionPlanService().correctInspection(LONG_PHIENG_COMMITTEE, inspectionId,
                "Mô hình chưa lập sổ theo dõi", null, "Ghi nhầm kết quả");
        assertThat(district.inspectionPlanService().inspection(inspectionId).findings())
                .isEqualTo("Mô hình chưa lập sổ theo dõi");
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).singleElement()
                .satisfies(event -> assertThat(event.findings()).isEqualTo("Mô hình chưa lập sổ theo dõi"));
        district.inspectionPlanService().cancelInspection(LONG_PHIENG_COMMITTEE, inspectionId, "Nhập trùng");
        assertThatThrownBy(() -> district.inspectionPlanService().correctInspection(LONG_PHIENG_COMMITTEE,
                inspectionId, "Lần nữa", null, "Sửa")).isInstanceOfSatisfying(Rejection.Conflict.class,
                e -> assertThat(e.code()).isEqualTo("already-cancelled"));
        assertThat(district.inspectionPlanService().inspection(inspectionId).corrections()).hasSize(2);
    }
}
