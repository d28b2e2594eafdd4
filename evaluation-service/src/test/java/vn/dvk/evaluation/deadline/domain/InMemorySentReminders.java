package vn.dvk.evaluation.deadline.domain;

import java.util.List;
import vn.dvk.contracts.evaluation.DeadlineApproaching;
import vn.dvk.evaluation.support.InMemoryAggregates;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.outbox.OutboundEvent;

/**
 * The sent reminders in memory; a reminder sent once is refused the second time, as the store refuses it. Open, so
 * that a test can make the check miss a reminder another instance is writing.
 */
public class InMemorySentReminders implements SentReminders {

    private final InMemoryAggregates<Reminder> reminders;

    public InMemorySentReminders(InMemoryOutbox outbox) {
        this.reminders = new InMemoryAggregates<>(outbox);
    }

    @Override
    public boolean exists(String id) {
        return reminders.exists(id);
    }

    @Override
    public void add(Reminder reminder, OutboundEvent<DeadlineApproaching> approaching) {
        reminders.create(reminder.id(), reminder, List.of(approaching));
    }
}
