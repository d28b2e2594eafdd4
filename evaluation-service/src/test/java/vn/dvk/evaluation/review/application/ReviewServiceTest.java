package vn.dvk.evaluation.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.review.domain.InMemoryReviews;
import vn.dvk.evaluation.review.domain.Review;
import vn.dvk.evaluation.shared.domain.AlreadyDecided;
import vn.dvk.evaluation.support.InMemoryEvaluation;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;

class ReviewServiceTest {

    private final InMemoryEvaluation district = InMemoryEvaluation.serving("124", LocalDate.of(2022, 3, 1));
    private final ModelView pears = district.knows(ModelFixtures.taiNungPears().managedAt(ManagementLevel.DISTRICT));
    private final Caller districtCommittee = InMemoryEvaluation.committeeOf("124");

    private static ReviewService.DecideReview decision(ModelView model, ReviewDecision decision, String reason) {
        return new ReviewService.DecideReview(model.id(), decision, reason);
    }

    @Test
    void given_a_registered_model_when_the_district_committee_approves_it_then_the_decision_is_kept_and_announced() {
        String id = district.reviewService().decide(districtCommittee, decision(pears, ReviewDecision.APPROVE, null));

        Review review = district.reviewService().get(id);
        assertThat(review.modelVersion()).isEqualTo(1);
        assertThat(review.reviewer()).isEqualTo("Thành viên Ban Chỉ đạo Huyện Yên Châu (bcd.124)");
        assertThat(district.outbox().typesAbout(pears.id())).containsExactly("vn.dvk.review.decided.v1");
        assertThat(district.outbox().payloads(EvaluationEvents.REVIEW_DECIDED)).singleElement().satisfies(decided -> {
            assertThat(decided.reviewId()).isEqualTo(id);
            assertThat(decided.decision()).isEqualTo(ReviewDecision.APPROVE);
            assertThat(decided.unitPath()).isEqualTo("14/124/04096");
            assertThat(decided.modelVersion()).isEqualTo(pears.version());
        });
    }

    @Test
    void given_a_decision_on_this_submission_when_a_second_arrives_then_it_is_already_decided_and_not_announced() {
        district.reviewService().decide(districtCommittee, decision(pears, ReviewDecision.RETURN, "Bổ sung thời gian thực hiện"));

        assertThatThrownBy(() -> district.reviewService().decide(districtCommittee, decision(pears, ReviewDecision.APPROVE, null)))
                .isInstanceOf(AlreadyDecided.class);
        assertThat(district.outbox().typesAbout(pears.id())).hasSize(1);
    }

    @Test
    void given_a_concurrent_decision_the_check_did_not_see_when_both_are_written_then_the_second_is_already_decided() {
        InMemoryReviews checkedBeforeTheOtherWrite = new InMemoryReviews(district.outbox()) {
            @Override
            public boolean existsFor(String modelId, long modelVersion) {
                return false;
            }
        };
        ReviewService reviews = district.reviewService(checkedBeforeTheOtherWrite);
        reviews.decide(districtCommittee, decision(pears, ReviewDecision.APPROVE, null));

        assertThatThrownBy(() -> reviews.decide(districtCommittee, decision(pears, ReviewDecision.REJECT, "Trùng mô hình đã có")))
                .isInstanceOfSatisfying(AlreadyDecided.class,
                        e -> assertThat(e.code()).isEqualTo("already-decided"));
        assertThat(reviews.ofModel(pears.id())).extracting(Review::decision).containsExactly(ReviewDecision.APPROVE);
    }

    @Test
    void given_a_returned_model_resubmitted_when_reviewed_again_then_each_submission_has_its_decision() {
        district.reviewService().decide(districtCommittee, decision(pears, ReviewDecision.RETURN, "Bổ sung thời gian thực hiện"));
        district.knows(ModelFixtures.taiNungPears().managedAt(ManagementLevel.DISTRICT)
                .withStatus(ModelStatus.RETURNED).atVersion(2));
        district.knows(ModelFixtures.taiNungPears().managedAt(ManagementLevel.DISTRICT).atVersion(3));

        district.reviewService().decide(districtCommittee, decision(pears, ReviewDecision.APPROVE, null));

        assertThat(district.reviewService().ofModel(pears.id())).extracting(Review::modelVersion, Review::decision)
                .containsExactly(tuple(1L, ReviewDecision.RETURN), tuple(3L, ReviewDecision.APPROVE));
    }

    @Test
    void given_a_return_without_a_reason_when_decided_then_the_reason_is_named_and_nothing_is_kept() {
        assertThatThrownBy(() -> district.reviewService().decide(districtCommittee, decision(pears, ReviewDecision.RETURN, "  ")))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, e -> assertThat(e.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("reason"));
        assertThat(district.reviewService().ofModel(pears.id())).isEmpty();
        assertThat(district.outbox().typesAbout(pears.id())).isEmpty();
    }

    @Test
    void given_a_model_registration_never_announced_when_reviewed_then_it_is_unknown() {
        assertThatThrownBy(() -> district.reviewService().decide(districtCommittee,
                new ReviewService.DecideReview("no-such-model", ReviewDecision.APPROVE, null)))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        e -> assertThat(e.code()).isEqualTo("unknown-model"));
    }

    @Test
    void given_a_grassroots_model_when_the_district_committee_reviews_it_then_it_is_a_level_mismatch() {
        ModelView grassroots = district.knows(ModelFixtures.banMeCulturalVillage());

        assertThatThrownBy(() -> district.reviewService().decide(districtCommittee,
                decision(grassroots, ReviewDecision.APPROVE, null)))
                .isInstanceOfSatisfying(Rejection.OutOfScope.class,
                        e -> assertThat(e.code()).isEqualTo("level-mismatch"));
        assertThat(district.outbox().typesAbout(grassroots.id())).isEmpty();
    }

    @Test
    void given_an_approval_in_force_when_its_level_cancels_it_then_it_is_kept_marked_and_announced() {
        String id = district.reviewService().decide(districtCommittee, decision(pears, ReviewDecision.APPROVE, null));
        district.knows(ModelFixtures.taiNungPears().managedAt(ManagementLevel.DISTRICT)
                .withStatus(ModelStatus.APPROVED).atVersion(2));

        Review cancelled = district.reviewService().cancel(districtCommittee, id, "Phê duyệt nhầm mô hình");

        assertThat(cancelled.correction().reason()).isEqualTo("Phê duyệt nhầm mô hình");
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).singleElement()
                .satisfies(event -> {
                    assertThat(event.record()).isEqualTo(DecisionCorrected.Record.REVIEW);
                    assertThat(event.decision()).isEqualTo("APPROVE");
                    assertThat(event.recordId()).isEqualTo(id);
                });
        assertThatThrownBy(() -> district.reviewService().cancel(districtCommittee, id, "Lần hai"))
                .isInstanceOfSatisfying(Rejection.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("already-cancelled"));
    }

    @Test
    void given_an_approval_the_model_has_moved_on_from_when_cancelled_then_it_is_superseded() {
        String id = district.reviewService().decide(districtCommittee, decision(pears, ReviewDecision.APPROVE, null));
        district.knows(ModelFixtures.taiNungPears().managedAt(ManagementLevel.DISTRICT)
                .withStatus(ModelStatus.IN_PROGRESS).atVersion(3));

        assertThatThrownBy(() -> district.reviewService().cancel(districtCommittee, id, "Nhầm"))
                .isInstanceOfSatisfying(Rejection.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("review-superseded"));
        assertThatThrownBy(() -> district.reviewService().cancel(InMemoryEvaluation.committeeOf("04096"), id,
                "Nhầm")).isInstanceOfSatisfying(Rejection.OutOfScope.class,
                e -> assertThat(e.code()).isEqualTo("level-mismatch"));
        assertThat(district.outbox().payloads(EvaluationEvents.DECISION_CORRECTED)).isEmpty();
    }
}
