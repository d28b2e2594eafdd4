package vn.dvk.evaluation.inspection.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.evaluation.support.InMemoryAggregates;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.outbox.OutboundEvent;

/** The inspection plans in memory. */
public final class InMemoryInspectionPlans implements InspectionPlans {

    private final InMemoryAggregates<InspectionPlan> plans;

    public InMemoryInspectionPlans(InMemoryOutbox outbox) {
        this.plans = new InMemoryAggregates<>(outbox);
    }

    @Override
    public void add(InspectionPlan plan, OutboundEvent<InspectionPlanPublished> published) {
        plans.create(plan.id(), plan, List.of(published));
    }

    @Override
    public void keepIssuedAbove(InspectionPlan plan) {
        if (plans.exists(plan.id())) {
            plans.replace(plan.id(), plan, List.of());
        } else {
            plans.create(plan.id(), plan, List.of());
        }
    }

    @Override
    public Optional<InspectionPlan> find(String id) {
        return plans.find(id);
    }

    @Override
    public List<InspectionPlan> concerning(String unitPath, Integer year) {
        return plans.all().filter(plan -> year == null || plan.year() == year)
                .filter(plan -> plan.concerns(unitPath)).toList();
    }
}
