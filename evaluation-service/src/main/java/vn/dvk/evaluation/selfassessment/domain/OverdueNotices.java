package vn.dvk.evaluation.selfassessment.domain;

import vn.dvk.contracts.evaluation.SelfAssessmentOverdue;
import vn.dvk.platform.outbox.OutboundEvent;

/** The overdue notices already published, one per model and period. */
public interface OverdueNotices {

    boolean exists(String id);

    /**
     * Stores a notice together with the event that announces it; throws {@link vn.dvk.platform.domain.AlreadyExists}
     * when the notice was published already (by another run or replica).
     */
    void add(OverdueNotice notice, OutboundEvent<SelfAssessmentOverdue> overdue);
}
