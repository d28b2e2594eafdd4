package vn.dvk.evaluation.rating.adapter;

import java.util.List;
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

/** Task ratings in {@code task_ratings}; a correction updates the stored rating at its current version. */
@Component
public class MongoTaskRatings implements TaskRatings {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoTaskRatings(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void record(TaskRatingEntry rating, OutboundEvent<TaskRatingRecorded> recorded) {
        TaskRatingDocument current = mongo.findById(rating.ratingId(), TaskRatingDocument.class);
        store.save(TaskRatingDocument.of(rating), rating.ratingId(), current == null ? 0 : current.version(),
                List.of(recorded));
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
