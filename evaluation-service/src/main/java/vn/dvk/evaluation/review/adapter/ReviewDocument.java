package vn.dvk.evaluation.review.adapter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.evaluation.review.domain.Review;
import vn.dvk.evaluation.shared.domain.Correction;
import vn.dvk.platform.access.UnitScoped;

/** A decision as stored: a fact about the model's unit, which only that unit's subtree sees. */
@Document("reviews")
public record ReviewDocument(@Id String id, @Indexed String modelId, long modelVersion,
                             @Indexed(unique = true) String decisionKey, String unitPath, ReviewDecision decision,
                             String reason, String reviewer, Instant decidedAt, Correction correction, long version)
        implements UnitScoped {

    public static ReviewDocument of(Review review) {
        return new ReviewDocument(review.id(), review.modelId(), review.modelVersion(),
                Review.decisionKey(review.modelId(), review.modelVersion()), review.unitPath(), review.decision(),
                review.reason(), review.reviewer(), review.decidedAt(), review.correction(), 0);
    }

    public Review toReview() {
        return new Review(id, modelId, modelVersion, unitPath, decision, reason, reviewer, decidedAt, correction);
    }
}
