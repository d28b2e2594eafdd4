package vn.dvk.evaluation.inspection.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.platform.outbox.OutboundEvent;

/** Inspection plans as the Steering Committees issued them. */
public interface InspectionPlans {

    /** Stores a new plan together with the event that publishes it. */
    void add(InspectionPlan plan, OutboundEvent<InspectionPlanPublished> published);

    /**
     * Keeps a copy of a plan a unit above this instance's scope issued, as its event announced it; it emits nothing,
     * and the same plan announced again replaces the copy.
     */
    void keepIssuedAbove(InspectionPlan plan);

    Optional<InspectionPlan> find(String id);

    /**
     * Plans of a year (every year when null) that {@link InspectionPlan#concerns concern} a unit: issued in its
     * subtree or with a target there.
     */
    List<InspectionPlan> concerning(String unitPath, Integer year);
}
