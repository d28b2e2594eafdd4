package vn.dvk.evaluation.deadline.adapter;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.DeadlineApproaching;
import vn.dvk.evaluation.deadline.domain.Reminder;
import vn.dvk.evaluation.deadline.domain.SentReminders;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;

/** Sent reminders in {@code deadline_reminders}. */
@Component
public class MongoSentReminders implements SentReminders {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoSentReminders(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), ReminderDocument.class);
    }

    @Override
    public void add(Reminder reminder, OutboundEvent<DeadlineApproaching> approaching) {
        store.save(ReminderDocument.of(reminder), reminder.id(), 0, List.of(approaching));
    }
}
