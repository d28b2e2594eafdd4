package vn.dvk.evaluation.deadline.domain;

import vn.dvk.contracts.evaluation.DeadlineApproaching;
import vn.dvk.platform.outbox.OutboundEvent;

/** The reminders already sent, one per unit, deadline and days left. */
public interface SentReminders {

    boolean exists(String id);

    /**
     * Stores a reminder together with the event that sends it; throws {@link vn.dvk.platform.domain.AlreadyExists}
     * when it was sent already (by another run or instance).
     */
    void add(Reminder reminder, OutboundEvent<DeadlineApproaching> approaching);
}
