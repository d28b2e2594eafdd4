package vn.dvk.evaluation.inspection.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.platform.outbox.OutboundEvent;

/** The inspections recorded against the targets of plans, one standing per target. */
public interface Inspections {

    /**
     * Stores a new inspection together with the event that announces it; throws
     * {@link vn.dvk.platform.domain.AlreadyExists} when its target was already inspected.
     */
    void add(Inspection inspection, OutboundEvent<InspectionCompleted> completed);

    /**
     * Stores an inspection its plan's level corrected or cancelled (one correction more than the stored one), with
     * the event that announces it; throws {@link vn.dvk.platform.domain.StaleVersion} when another correction was
     * stored since the inspection was read.
     */
    void correct(Inspection corrected, OutboundEvent<DecisionCorrected> event);

    boolean exists(String id);

    Optional<Inspection> find(String id);

    /** Every inspection of one target of a plan, cancelled ones included. */
    List<Inspection> ofTarget(String planId, String targetId);

    /** The inspections of a plan whose targets lie in the subtree of {@code unitPath}, cancelled ones included. */
    List<Inspection> ofPlanWithin(String planId, String unitPath);

    /** How many of a plan's targets have an inspection standing (not cancelled), wherever they lie. */
    long countOfPlan(String planId);
}
