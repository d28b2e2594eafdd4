package vn.dvk.evaluation.review.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.review.domain.Review;
import vn.dvk.evaluation.review.domain.ReviewRules;
import vn.dvk.evaluation.review.domain.Reviews;
import vn.dvk.evaluation.shared.domain.AlreadyDecided;
import vn.dvk.evaluation.shared.domain.CommitteeLevel;
import vn.dvk.evaluation.shared.domain.Correction;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/**
 * The Steering Committee's decisions on registrations: approve, return or reject, each with why and with who decided,
 * the official the request's access token names.
 */
@Service
public class ReviewService {

    /** What the committee decided, as the request carried it. */
    public record DecideReview(String modelId, ReviewDecision decision, String reason) {
    }

    private final KnownModels models;
    private final Reviews reviews;
    private final InstanceScope scope;
    private final Clock clock;

    public ReviewService(KnownModels models, Reviews reviews, InstanceScope scope, Clock clock) {
        this.models = models;
        this.reviews = reviews;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Records the decision of {@code reviewer}, a member of the Steering Committee of the model's management level,
     * and publishes {@code ReviewDecided}; returns the decision's id.
     */
    public String decide(Caller reviewer, DecideReview command) {
        String reason = Texts.trimToNull(command.reason());
        ReviewRules.requireReason(command.decision(), reason);
        ModelView model = models.require("modelId", command.modelId());
        CommitteeLevel.requireCommitteeOf(model.id(), model.level(), levelOf(reviewer.unitCode()));
        ReviewRules.check(model, command.decision(), reason, levelOf(scope.code()),
                reviews.existsFor(model.id(), model.version()));
        Review review = new Review(ResourceIds.next(), model.id(), model.version(), model.unitPath(),
                command.decision(), reason, reviewer.signature(), clock.instant(), null);
        ReviewDecided event = new ReviewDecided(review.id(), model.id(), model.unitPath(), review.decision(), reason,
                review.reviewer(), review.decidedAt(), model.version());
        try {
            reviews.add(review, new OutboundEvent<>(EvaluationEvents.REVIEW_DECIDED, model.id(), model.unitPath(),
                    event));
        } catch (AlreadyExists e) {
            // another request decided on this submission between the check above and this write
            throw new AlreadyDecided("Mô hình '" + model.id() + "' đã có quyết định xem xét cho lần đăng ký này.");
        }
        return review.id();
    }

    /**
     * Cancels a decision entered by mistake, for {@code reason}: the committee of the model's level does it while the
     * decision is in force; the decision stays, marked, and {@code DecisionCorrected} puts the submission back to be
     * reviewed at registration.
     */
    public Review cancel(Caller official, String reviewId, String reason) {
        String why = Correction.requireReason(reason);
        Review review = get(reviewId);
        ModelView model = models.require("modelId", review.modelId());
        CommitteeLevel.requireCommitteeOf(model.id(), model.level(), levelOf(official.unitCode()));
        CommitteeLevel.requireInstanceServes(model.id(), model.level(), levelOf(scope.code()));
        boolean latest = reviews.ofModelWithin(model.id(), model.unitPath()).stream()
                .max(Comparator.comparing(Review::decidedAt)).map(Review::id).filter(review.id()::equals)
                .isPresent();
        review.requireCancellable(model.status(), latest);
        Correction correction = new Correction(DecisionCorrected.Action.CANCELLED, why, official.signature(),
                clock.instant());
        Review cancelled = review.cancelled(correction);
        reviews.correct(cancelled, new OutboundEvent<>(EvaluationEvents.DECISION_CORRECTED, model.id(),
                model.unitPath(), new DecisionCorrected(DecisionCorrected.Record.REVIEW, review.id(), model.id(),
                review.unitPath(), DecisionCorrected.Action.CANCELLED, review.decision().name(), null, null, null, why,
                correction.correctedBy(), correction.correctedAt())));
        return cancelled;
    }

    private UnitLevel levelOf(String unitCode) {
        return scope.directory().find(unitCode).map(AdministrativeUnit::level).orElse(null);
    }

    public Review get(String id) {
        return reviews.find(id).orElseThrow(() -> Rejection.notFound("quyết định xem xét", id));
    }

    /** The decisions on one model the caller may see, oldest first. */
    public List<Review> ofModel(String modelId) {
        return reviews.ofModelWithin(modelId, scope.visibleSubtree()).stream()
                .sorted(Comparator.comparing(Review::decidedAt))
                .toList();
    }
}
