package vn.dvk.evaluation.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.platform.domain.Rejection;

class ScoringTest {

    private static final List<Scoring.Given> UNEVEN_SCORES = List.of(
            new Scoring.Given(Criterion.PRACTICAL_EFFECTIVE, 9, "Thu nhập tăng"),
            new Scoring.Given(Criterion.SUSTAINABLE, 8, null),
            new Scoring.Given(Criterion.REPLICABLE, 7, null),
            new Scoring.Given(Criterion.ENGAGES_PEOPLE, 6, null),
            new Scoring.Given(Criterion.HONEST, 10, null));

    private static Weights practicalCountsDouble() {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, 1.0);
        }
        weights.put(Criterion.PRACTICAL_EFFECTIVE, 2.0);
        return Weights.validated(weights);
    }

    private static ModelView modelIn(ModelStatus status) {
        return ModelFixtures.taiNungPears().withId("m-1").withStatus(status).atVersion(5).view();
    }

    @Test
    void given_equal_weights_when_totalled_then_the_total_is_the_mean() {
        List<ModelEvaluated.Score> scores = Scoring.weigh(UNEVEN_SCORES, Weights.equal());

        assertThat(Scoring.total(scores)).isEqualTo(8.0);
        assertThat(scores).extracting(ModelEvaluated.Score::weight).containsOnly(1.0);
    }

    @Test
    void given_campaign_weights_when_totalled_then_the_weighted_mean_is_rounded_to_two_decimals() {
        double total = Scoring.total(Scoring.weigh(UNEVEN_SCORES, practicalCountsDouble()));

        assertThat(total).isEqualTo(8.17);
    }

    @Test
    void given_a_criterion_scored_twice_or_missing_when_weighed_then_each_problem_names_its_field() {
        List<Scoring.Given> twiceAndMissing = List.of(
                new Scoring.Given(Criterion.PRACTICAL_EFFECTIVE, 9, null),
                new Scoring.Given(Criterion.PRACTICAL_EFFECTIVE, 8, null),
                new Scoring.Given(Criterion.HONEST, 11, null));

        assertThatThrownBy(() -> Scoring.weigh(twiceAndMissing, Weights.equal()))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.issues())
                        .extracting(Rejection.FieldIssue::field)
                        .containsExactly("scores[1].criterion", "scores[2].score", "scores"));
    }

    @Test
    void given_negative_or_all_zero_weights_when_validated_then_they_are_refused() {
        Map<Criterion, Double> negative = new EnumMap<>(Weights.equal().byCriterion());
        negative.put(Criterion.HONEST, -1.0);
        Map<Criterion, Double> zero = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            zero.put(criterion, 0.0);
        }
        Map<Criterion, Double> incomplete = new EnumMap<>(Criterion.class);
        incomplete.put(Criterion.HONEST, 1.0);

        assertThatThrownBy(() -> Weights.validated(negative)).isInstanceOfSatisfying(Rejection.class,
                e -> assertThat(e.issues()).extracting(Rejection.FieldIssue::field)
                        .containsExactly("weights.HONEST"));
        assertThatThrownBy(() -> Weights.validated(zero)).isInstanceOfSatisfying(Rejection.class,
                e -> assertThat(e.issues()).extracting(Rejection.FieldIssue::field)
                        .containsExactly("weights"));
        assertThatThrownBy(() -> Weights.validated(incomplete)).isInstanceOfSatisfying(Rejection.class,
                e -> assertThat(e.issues()).hasSize(4));
    }

    @Test
    void given_a_weight_beyond_the_bound_when_validated_then_it_is_refused_naming_its_criterion() {
        Map<Criterion, Double> huge = new EnumMap<>(Weights.equal().byCriterion());
        huge.put(Criterion.SUSTAINABLE, 1e308);
        Map<Criterion, Double> atTheBound = new EnumMap<>(Weights.equal().byCriterion());
        atTheBound.put(Criterion.SUSTAINABLE, Weights.MAX);

        assertThatThrownBy(() -> Weights.validated(huge)).isInstanceOfSatisfying(Rejection.class,
                e -> assertThat(e.issues()).extracting(Rejection.FieldIssue::field)
                        .containsExactly("weights.SUSTAINABLE"));
        assertThat(Weights.validated(atTheBound).of(Criterion.SUSTAINABLE)).isEqualTo(100.0);
    }

    @Test
    void given_huge_weights_stored_before_the_bound_when_totalled_then_the_total_is_still_the_weighted_mean() {
        List<ModelEvaluated.Score> scores = Arrays.stream(Criterion.values())
                .map(criterion -> new ModelEvaluated.Score(criterion, 8, 1e308, null)).toList();

        assertThat(Scoring.total(scores)).isEqualTo(8.0);
    }

    @Test
    void given_a_total_below_the_threshold_when_the_team_recognises_then_the_verdict_is_refused() {
        assertThatThrownBy(() -> Scoring.checkVerdict(6.99, true, 7.0))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e).isInstanceOf(Rejection.Unprocessable.class);
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field).containsExactly("recognized");
                });
        Scoring.checkVerdict(7.0, true, 7.0);
        Scoring.checkVerdict(3.0, false, 7.0);
    }

    @Test
    void given_a_model_not_being_implemented_when_evaluated_then_it_is_unprocessable() {
        for (ModelStatus status : new ModelStatus[] {ModelStatus.REJECTED, ModelStatus.WITHDRAWN,
                ModelStatus.REGISTERED, ModelStatus.RETURNED}) {
            assertThatThrownBy(() -> Scoring.checkModel(modelIn(status), InspectionRound.YEAR_END, false))
                    .as(status.name())
                    .isInstanceOfSatisfying(Rejection.class,
                            e -> assertThat(e).isInstanceOf(Rejection.Unprocessable.class));
        }
    }

    @Test
    void given_a_year_end_verdict_already_given_when_another_year_end_evaluation_comes_then_it_conflicts() {
        assertThatThrownBy(() -> Scoring.checkModel(modelIn(ModelStatus.IN_PROGRESS), InspectionRound.YEAR_END, true))
                .isInstanceOfSatisfying(Rejection.class,
                        e -> assertThat(e.code()).isEqualTo("already-decided"));
        Scoring.checkModel(modelIn(ModelStatus.IN_PROGRESS), InspectionRound.MID_YEAR, true);
        Scoring.checkModel(modelIn(ModelStatus.APPROVED), InspectionRound.YEAR_END, false);
    }
}
