package vn.dvk.evaluation.review.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.review.domain.Review;
import vn.dvk.evaluation.review.domain.ReviewRules;
import vn.dvk.evaluation.review.domain.Reviews;
import vn.dvk.evaluation.shared.domain.AlreadyDecided;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/** The Steering Committee's decisions on registrations: approve, return or reject, each with who and why. */
@Service
public class ReviewService {

    /** What the committee decided, as the request carried it. */
    public record DecideReview(String modelId, ReviewDecision decision, String reason, String reviewer) {
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

    /** Records the decision and publishes {@code ReviewDecided}; returns the decision's id. */
    public String decide(DecideReview command) {
        String reason = Texts.trimToNull(command.reason());
        ReviewRules.requireReason(command.decision(), reason);
        ModelView model = models.require("modelId", command.modelId());
        ReviewRules.check(model, command.decision(), reason, scopeLevel(),
                reviews.existsFor(model.id(), model.version()));
        String reviewer = Texts.trimToNull(command.reviewer());
        if (reviewer == null) {
            reviewer = "Ban Chỉ đạo " + scope.directory().find(scope.code()).map(AdministrativeUnit::fullName)
                    .orElse(scope.code());
        }
        Review review = new Review(ResourceIds.next(), model.id(), model.version(), model.unitPath(),
                command.decision(), reason, reviewer, clock.instant());
        ReviewDecided event = new ReviewDecided(review.id(), model.id(), model.unitPath(), review.decision(), reason,
                reviewer, review.decidedAt());
        try {
            reviews.add(review, new OutboundEvent<>(EvaluationEvents.REVIEW_DECIDED, model.id(), model.unitPath(),
                    event));
        } catch (AlreadyExists e) {
            // another request decided on this submission between the check above and this write
            throw new AlreadyDecided("Mô hình '" + model.id() + "' đã có quyết định xem xét cho lần đăng ký này.");
        }
        return review.id();
    }

    private UnitLevel scopeLevel() {
        return scope.directory().find(scope.code()).map(AdministrativeUnit::level).orElse(null);
    }

    public Review get(String id) {
        return reviews.find(id).orElseThrow(() -> Rejection.notFound("quyết định xem xét", id));
    }

    /** The decisions on one model, oldest first. */
    public List<Review> ofModel(String modelId) {
        return reviews.ofModelWithin(modelId, scope.path()).stream()
                .sorted(Comparator.comparing(Review::decidedAt))
                .toList();
    }
}
