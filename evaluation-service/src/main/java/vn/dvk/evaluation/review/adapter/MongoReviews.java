package vn.dvk.evaluation.review.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.evaluation.review.domain.Review;
import vn.dvk.evaluation.review.domain.Reviews;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/** Reviews in {@code reviews}; the unique decision key keeps a second decision on one submission out. */
@Component
public class MongoReviews implements Reviews {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoReviews(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(Review review, OutboundEvent<ReviewDecided> decided) {
        store.save(ReviewDocument.of(review), review.id(), 0, List.of(decided));
    }

    @Override
    public Optional<Review> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReviewDocument.class)).map(ReviewDocument::toReview);
    }

    @Override
    public void correct(Review cancelled, OutboundEvent<DecisionCorrected> corrected) {
        ReviewDocument current = mongo.findById(cancelled.id(), ReviewDocument.class);
        store.save(ReviewDocument.of(cancelled), cancelled.id(), current == null ? 0 : current.version(),
                List.of(corrected));
    }

    @Override
    public boolean existsFor(String modelId, long modelVersion) {
        return mongo.exists(Query.query(Criteria.where("decisionKey").is(Review.decisionKey(modelId, modelVersion))),
                ReviewDocument.class);
    }

    @Override
    public List<Review> ofModelWithin(String modelId, String unitPath) {
        return mongo.find(Query.query(Subtree.of("unitPath", unitPath).and("modelId").is(modelId)),
                        ReviewDocument.class).stream()
                .map(ReviewDocument::toReview)
                .toList();
    }
}
