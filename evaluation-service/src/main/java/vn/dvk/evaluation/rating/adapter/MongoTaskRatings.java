package vn.dvk.evaluation.rating.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.evaluation.rating.domain.TaskRatingEntry;
import vn.dvk.evaluation.rating.domain.TaskRatings;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/**
 * Task ratings in {@code task_ratings}; each version is written at the stored one, so two writers racing for the
 * same version get a conflict rather than one silently replacing the other.
 */
@Component
public class MongoTaskRatings implements TaskRatings {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoTaskRatings(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Optional<TaskRatingEntry> find(String ratingId) {
        return Optional.ofNullable(mongo.findById(ratingId, TaskRatingDocument.class))
                .map(TaskRatingDocument::toEntry);
    }

    @Override
    public void record(TaskRatingEntry rating, OutboundEvent<TaskRatingRecorded> recorded) {
        List<TaskRatingEntry> earlier = rating.version() == 1 ? List.of() : history(rating.ratingId());
        store.save(TaskRatingDocument.of(rating, earlier), rating.ratingId(), rating.version() - 1,
                List.of(recorded));
    }

    @Override
    public List<TaskRatingEntry> history(String ratingId) {
        TaskRatingDocument stored = mongo.findById(ratingId, TaskRatingDocument.class);
        return stored == null ? List.of() : stored.history();
    }

    @Override
    public List<TaskRatingEntry> within(String unitPath, Integer year) {
        Criteria criteria = Subtree.of("unitPath", unitPath);
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        return mongo.find(Query.query(criteria), TaskRatingDocument.class).stream()
                .map(TaskRatingDocument::toEntry)
                .toList();
    }
}
