package vn.dvk.evaluation.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.platform.domain.Rejection;

class ReviewRulesTest {

    private static ModelView model(ManagementLevel level, ModelStatus status) {
        return ModelFixtures.taiNungPears().withId("m-1").managedAt(level).withStatus(status).atVersion(3).view();
    }

    private static final ModelView REGISTERED_GRASSROOTS = model(ManagementLevel.GRASSROOTS, ModelStatus.REGISTERED);
    private static final ModelView REGISTERED_DISTRICT = model(ManagementLevel.DISTRICT, ModelStatus.REGISTERED);
    private static final ModelView REGISTERED_PROVINCE = model(ManagementLevel.PROVINCE, ModelStatus.REGISTERED);

    private static Rejection refusal(Runnable check) {
        try {
            check.run();
        } catch (Rejection e) {
            return e;
        }
        return null;
    }

    @Test
    void given_a_registered_model_when_the_committee_of_its_level_approves_without_reason_then_it_may() {
        assertThatCode(() -> ReviewRules.check(REGISTERED_GRASSROOTS, ReviewDecision.APPROVE, null,
                UnitLevel.COMMUNE, false)).doesNotThrowAnyException();
        assertThatCode(() -> ReviewRules.check(REGISTERED_DISTRICT, ReviewDecision.APPROVE, null,
                UnitLevel.DISTRICT, false)).doesNotThrowAnyException();
        assertThatCode(() -> ReviewRules.check(REGISTERED_PROVINCE, ReviewDecision.APPROVE, null,
                UnitLevel.PROVINCE, false)).doesNotThrowAnyException();
        assertThatCode(() -> ReviewRules.check(REGISTERED_PROVINCE, ReviewDecision.APPROVE, null, null, false))
                .doesNotThrowAnyException();
    }

    @Test
    void given_a_return_or_rejection_without_reason_when_checked_then_the_reason_field_is_named() {
        assertThatThrownBy(() -> ReviewRules.check(REGISTERED_GRASSROOTS, ReviewDecision.RETURN, null,
                UnitLevel.PROVINCE, false))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e).isInstanceOf(Rejection.InvalidInput.class);
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field)
                            .containsExactly("reason");
                });
        assertThat(refusal(() -> ReviewRules.check(REGISTERED_GRASSROOTS,
                ReviewDecision.REJECT, null, UnitLevel.PROVINCE, false))).isInstanceOf(Rejection.InvalidInput.class);
    }

    @Test
    void given_a_committee_below_the_models_level_when_it_reviews_then_it_is_forbidden_naming_the_model() {
        assertThatThrownBy(() -> ReviewRules.check(REGISTERED_DISTRICT, ReviewDecision.APPROVE, null,
                UnitLevel.COMMUNE, false))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e).isInstanceOf(Rejection.OutOfScope.class);
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field)
                            .containsExactly("modelId");
                });
        assertThat(refusal(() -> ReviewRules.check(REGISTERED_PROVINCE,
                ReviewDecision.APPROVE, null, UnitLevel.COMMUNE, false))).isInstanceOf(Rejection.OutOfScope.class);
        assertThat(refusal(() -> ReviewRules.check(REGISTERED_PROVINCE,
                ReviewDecision.APPROVE, null, UnitLevel.DISTRICT, false))).isInstanceOf(Rejection.OutOfScope.class);
        assertThat(refusal(() -> ReviewRules.check(REGISTERED_DISTRICT,
                ReviewDecision.APPROVE, null, UnitLevel.AGENCY, false))).isInstanceOf(Rejection.OutOfScope.class);
    }

    @Test
    void given_a_decision_already_published_for_this_submission_when_a_second_arrives_then_it_conflicts() {
        assertThatThrownBy(() -> ReviewRules.check(REGISTERED_GRASSROOTS, ReviewDecision.APPROVE, null,
                UnitLevel.PROVINCE, true))
                .isInstanceOfSatisfying(Rejection.class, e ->
                        assertThat(e.code()).isEqualTo("already-decided"));
    }

    @Test
    void given_a_model_past_review_when_reviewed_again_then_it_is_refused() {
        for (ModelStatus decided : new ModelStatus[] {ModelStatus.APPROVED, ModelStatus.REJECTED,
                ModelStatus.IN_PROGRESS, ModelStatus.RECOGNIZED, ModelStatus.NOT_RECOGNIZED}) {
            assertThat(refusal(() -> ReviewRules.check(
                    model(ManagementLevel.GRASSROOTS, decided), ReviewDecision.APPROVE, null, UnitLevel.PROVINCE,
                    false))).as(decided.name()).isInstanceOf(Rejection.Conflict.class);
        }
        assertThat(refusal(() -> ReviewRules.check(
                model(ManagementLevel.GRASSROOTS, ModelStatus.RETURNED), ReviewDecision.APPROVE, null,
                UnitLevel.PROVINCE, false))).isInstanceOf(Rejection.Conflict.class);
        assertThat(refusal(() -> ReviewRules.check(
                model(ManagementLevel.GRASSROOTS, ModelStatus.WITHDRAWN), ReviewDecision.APPROVE, null,
                UnitLevel.PROVINCE, false))).isInstanceOf(Rejection.Unprocessable.class);
    }
}
