package vn.dvk.evaluation.inspection.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.evaluation.support.InMemoryAggregates;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** The inspections in memory, one standing per target of a plan. */
public final class InMemoryInspections implements Inspections {

    private final InMemoryAggregates<Inspection> inspections;

    public InMemoryInspections(InMemoryOutbox outbox) {
        this.inspections = new InMemoryAggregates<>(outbox);
    }

    @Override
    public void add(Inspection inspection, OutboundEvent<InspectionCompleted> completed) {
        inspections.create(inspection.id(), inspection, List.of(completed));
    }

    @Override
    public void correct(Inspection corrected, OutboundEvent<DecisionCorrected> event) {
        int decidedOn = corrected.corrections().size() - 1;
        if (inspections.find(corrected.id()).map(Inspection::corrections).map(List::size).orElse(-1) != decidedOn) {
            throw new StaleVersion(corrected.id(), decidedOn + 1);
        }
        inspections.replace(corrected.id(), corrected, List.of(event));
    }

    @Override
    public boolean exists(String id) {
        return inspections.exists(id);
    }

    @Override
    public Optional<Inspection> find(String id) {
        return inspections.find(id);
    }

    @Override
    public List<Inspection> ofTarget(String planId, String targetId) {
        return inspections.all().filter(inspection -> inspection.planId().equals(planId)
                && inspection.targetId().equals(targetId)).toList();
    }

    @Override
    public List<Inspection> ofPlanWithin(String planId, String unitPath) {
        return inspections.all().filter(inspection -> inspection.planId().equals(planId))
                .filter(inspection -> UnitDirectory.pathIsWithin(inspection.unitPath(), unitPath)).toList();
    }

    @Override
    public long countOfPlan(String planId) {
        return inspections.all().filter(inspection -> inspection.planId().equals(planId))
                .filter(Inspection::counts).count();
    }
}
