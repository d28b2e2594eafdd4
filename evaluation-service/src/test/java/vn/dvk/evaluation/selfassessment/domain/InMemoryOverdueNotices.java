package vn.dvk.evaluation.selfassessment.domain;

import java.util.List;
import vn.dvk.contracts.evaluation.SelfAssessmentOverdue;
import vn.dvk.evaluation.support.InMemoryAggregates;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.outbox.OutboundEvent;

/**
 * The overdue notices in memory; a notice published once is refused the second time, as the store refuses it. Open, so
 * that a test can make the check miss a notice another run is writing.
 */
public class InMemoryOverdueNotices implements OverdueNotices {

    private final InMemoryAggregates<OverdueNotice> notices;

    public InMemoryOverdueNotices(InMemoryOutbox outbox) {
        this.notices = new InMemoryAggregates<>(outbox);
    }

    @Override
    public boolean exists(String id) {
        return notices.exists(id);
    }

    @Override
    public void add(OverdueNotice notice, OutboundEvent<SelfAssessmentOverdue> overdue) {
        notices.create(notice.id(), notice, List.of(overdue));
    }
}
