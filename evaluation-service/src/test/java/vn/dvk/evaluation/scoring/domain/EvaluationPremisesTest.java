package vn.dvk.evaluation.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.platform.domain.Rejection;

class EvaluationPremisesTest {

    private static final LocalDate DECEMBER_2022 = LocalDate.of(2022, 12, 20);
    private static final ModelView PEARS_2022 = ModelFixtures.taiNungPears().withStatus(ModelStatus.IN_PROGRESS)
            .view();
    private static final Set<YearEndEvidence> EVERYTHING = EnumSet.allOf(YearEndEvidence.class);
    private static final EvaluationPremises.CitedPlan INSPECTED = new EvaluationPremises.CitedPlan("plan-1", 2022,
            InspectionRound.YEAR_END, true, true);

    private static void refusedWith(Runnable rule, String code, String field) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.issues()).extracting(Rejection.FieldIssue::field)
                    .containsExactly(field);
        });
    }

    @Test
    void given_a_model_of_2022_when_2022_is_evaluated_in_december_then_the_year_is_its_own() {
        assertThatCode(() -> EvaluationPremises.requireYearOfModel(PEARS_2022, 2022, DECEMBER_2022))
                .doesNotThrowAnyException();
    }

    @Test
    void given_a_model_of_2022_when_a_year_before_it_is_evaluated_then_the_year_is_outside_the_model() {
        refusedWith(() -> EvaluationPremises.requireYearOfModel(PEARS_2022, 2021, DECEMBER_2022),
                "year-outside-model", "year");
    }

    @Test
    void given_december_2022_when_2023_is_evaluated_then_the_year_is_in_the_future() {
        ModelView twoYears = ModelFixtures.taiNungPears().implemented(LocalDate.of(2022, 1, 1),
                LocalDate.of(2023, 12, 31)).view();

        refusedWith(() -> EvaluationPremises.requireYearOfModel(twoYears, 2023, DECEMBER_2022), "year-in-future",
                "year");
    }

    @Test
    void given_a_model_implemented_over_two_years_when_its_second_year_is_evaluated_then_it_is_its_year() {
        ModelView twoYears = ModelFixtures.taiNungPears().implemented(LocalDate.of(2022, 1, 1),
                LocalDate.of(2023, 12, 31)).view();

        assertThatCode(() -> EvaluationPremises.requireYearOfModel(twoYears, 2023, LocalDate.of(2023, 12, 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void given_no_such_plan_when_an_evaluation_cites_it_then_the_plan_is_unknown() {
        refusedWith(() -> EvaluationPremises.requirePlanOfModel("no-such-plan", null, "pear-model", 2022),
                "unknown-plan", "planId");
    }

    @Test
    void given_a_plan_of_another_year_when_cited_then_it_is_refused() {
        EvaluationPremises.CitedPlan of2021 = new EvaluationPremises.CitedPlan("plan-2021", 2021,
                InspectionRound.YEAR_END, true, true);

        refusedWith(() -> EvaluationPremises.requirePlanOfModel("plan-2021", of2021, "pear-model", 2022),
                "plan-of-another-year", "planId");
    }

    @Test
    void given_a_plan_that_does_not_target_the_model_when_cited_then_it_is_refused() {
        EvaluationPremises.CitedPlan elsewhere = new EvaluationPremises.CitedPlan("plan-1", 2022,
                InspectionRound.YEAR_END, false, false);

        refusedWith(() -> EvaluationPremises.requirePlanOfModel("plan-1", elsewhere, "pear-model", 2022),
                "plan-not-targeting-model", "planId");
    }

    @Test
    void given_an_inspection_required_when_no_plan_is_cited_then_the_plan_is_required() {
        refusedWith(() -> EvaluationPremises.requireYearEndEvidence(EVERYTHING, null, List.of(), true),
                "plan-required", "planId");
    }

    @Test
    void given_an_inspection_required_when_the_model_was_not_inspected_under_the_plan_then_it_is_missing() {
        EvaluationPremises.CitedPlan notYet = new EvaluationPremises.CitedPlan("plan-1", 2022,
                InspectionRound.YEAR_END, true, false);

        refusedWith(() -> EvaluationPremises.requireYearEndEvidence(EVERYTHING, notYet, List.of(), true),
                "inspection-missing", "planId");
    }

    @Test
    void given_self_assessments_required_when_a_period_of_the_year_was_not_filed_then_it_is_missing() {
        List<EvaluationPremises.MissingPeriod> missing = List.of(new EvaluationPremises.MissingPeriod(
                LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30)));

        assertThatThrownBy(() -> EvaluationPremises.requireYearEndEvidence(EVERYTHING, INSPECTED, missing, true))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
                    assertThat(e.code()).isEqualTo("self-assessment-missing");
                    assertThat(e.getMessage()).contains("2022-07-01 – 2022-09-30");
                });
    }

    @Test
    void given_self_assessments_required_when_none_was_filed_in_the_year_then_it_is_missing() {
        refusedWith(() -> EvaluationPremises.requireYearEndEvidence(EVERYTHING, INSPECTED, List.of(), false),
                "self-assessment-missing", "modelId");
    }

    @Test
    void given_a_campaign_requiring_no_evidence_when_nothing_was_filed_or_inspected_then_the_scores_suffice() {
        assertThatCode(() -> EvaluationPremises.requireYearEndEvidence(Set.of(), null, List.of(
                new EvaluationPremises.MissingPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31))), false))
                .doesNotThrowAnyException();
    }

    @Test
    void given_everything_filed_and_inspected_when_the_year_end_comes_then_the_evidence_is_complete() {
        assertThatCode(() -> EvaluationPremises.requireYearEndEvidence(EVERYTHING, INSPECTED, List.of(), true))
                .doesNotThrowAnyException();
    }
}
