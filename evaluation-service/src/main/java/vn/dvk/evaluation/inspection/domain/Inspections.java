package vn.dvk.evaluation.inspection.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.platform.outbox.OutboundEvent;

/** The inspections recorded against the targets of plans, one per target. */
public interface Inspections {

    /**
     * Stores a new inspection together with the event that announces it; throws
     * {@link vn.dvk.platform.domain.AlreadyExists} when its target was already inspected.
     */
    void add(Inspection inspection, OutboundEvent<InspectionCompleted> completed);

    boolean exists(String id);

    Optional<Inspection> find(String id);

    List<Inspection> ofPlan(String planId);
}
