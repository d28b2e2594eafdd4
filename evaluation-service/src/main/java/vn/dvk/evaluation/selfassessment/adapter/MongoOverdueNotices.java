package vn.dvk.evaluation.selfassessment.adapter;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.SelfAssessmentOverdue;
import vn.dvk.evaluation.selfassessment.domain.OverdueNotice;
import vn.dvk.evaluation.selfassessment.domain.OverdueNotices;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;

/** Overdue notices in {@code self_assessment_overdue_notices}. */
@Component
public class MongoOverdueNotices implements OverdueNotices {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoOverdueNotices(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), OverdueNoticeDocument.class);
    }

    @Override
    public void add(OverdueNotice notice, OutboundEvent<SelfAssessmentOverdue> overdue) {
        store.save(OverdueNoticeDocument.of(notice), notice.id(), 0, List.of(overdue));
    }
}
