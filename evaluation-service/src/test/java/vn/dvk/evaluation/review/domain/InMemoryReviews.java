package vn.dvk.evaluation.review.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.evaluation.support.InMemoryAggregates;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The reviews in memory; like the store's unique key, a second decision on one submission is refused. Open, so that a
 * test can make the check miss a decision another request is writing.
 */
public class InMemoryReviews implements Reviews {

    private final InMemoryAggregates<Review> reviews;

    public InMemoryReviews(InMemoryOutbox outbox) {
        this.reviews = new InMemoryAggregates<>(outbox);
    }

    @Override
    public void add(Review review, OutboundEvent<ReviewDecided> decided) {
        if (reviews.all().anyMatch(stored -> stored.modelId().equals(review.modelId())
                && stored.modelVersion() == review.modelVersion())) {
            throw new AlreadyExists(review.id());
        }
        reviews.create(review.id(), review, List.of(decided));
    }

    @Override
    public Optional<Review> find(String id) {
        return reviews.find(id);
    }

    @Override
    public void correct(Review cancelled, OutboundEvent<DecisionCorrected> corrected) {
        reviews.replace(cancelled.id(), cancelled, List.of(corrected));
    }

    @Override
    public boolean existsFor(String modelId, long modelVersion) {
        return reviews.all().anyMatch(review -> review.modelId().equals(modelId)
                && review.modelVersion() == modelVersion);
    }

    @Override
    public List<Review> ofModelWithin(String modelId, String unitPath) {
        return reviews.all().filter(review -> review.modelId().equals(modelId))
                .filter(review -> UnitDirectory.pathIsWithin(review.unitPath(), unitPath))
                .toList();
    }
}
