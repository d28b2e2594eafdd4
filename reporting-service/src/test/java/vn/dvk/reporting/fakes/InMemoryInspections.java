package vn.dvk.reporting.fakes;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.projection.domain.InspectionRecord;
import vn.dvk.reporting.projection.domain.Inspections;
import vn.dvk.reporting.projection.domain.IssuedPlan;

/** {@link Inspections} in maps by id, so that saving again replaces. */
public final class InMemoryInspections implements Inspections {

    private final Map<String, InspectionPlanPublished> plans = new LinkedHashMap<>();
    private final Map<String, InspectionCompleted> inspections = new LinkedHashMap<>();
    private final Set<String> cancelled = new HashSet<>();

    @Override
    public synchronized void savePlan(InspectionPlanPublished plan) {
        plans.put(plan.planId(), plan);
    }

    @Override
    public synchronized void saveInspection(InspectionCompleted inspection) {
        inspections.put(inspection.inspectionId(), inspection);
    }

    @Override
    public synchronized void cancelInspection(String inspectionId) {
        cancelled.add(inspectionId);
    }

    @Override
    public synchronized List<InspectionRecord> inspectionsUnder(String unitPath, int year) {
        return inspections.values().stream()
                .filter(inspection -> !cancelled.contains(inspection.inspectionId()))
                .filter(inspection -> inspection.year() == year
                        && UnitDirectory.pathIsWithin(inspection.unitPath(), unitPath))
                .map(inspection -> {
                    InspectionPlanPublished plan = plans.get(inspection.planId());
                    return new InspectionRecord(inspection.inspectionId(), inspection.year(),
                            inspection.round() == null ? null : inspection.round().name(), inspection.unitCode(),
                            inspection.unitPath(), inspection.unitName(), inspection.modelId(),
                            inspection.inspectedOn(), inspection.planId(), plan == null ? null : plan.name(),
                            plan == null ? null : plan.decisionNumber(), plan == null ? null : plan.decisionDate(),
                            plan == null ? null : plan.unitPath());
                })
                .sorted(Comparator.comparing(InspectionRecord::unitPath)
                        .thenComparing(InspectionRecord::inspectionId))
                .toList();
    }

    @Override
    public synchronized List<IssuedPlan> plansIssuedBy(String unitPath, int year) {
        return plans.values().stream().filter(plan -> plan.year() == year && unitPath.equals(plan.unitPath()))
                .map(plan -> new IssuedPlan(plan.planId(), plan.name(), plan.decisionNumber(), plan.decisionDate()))
                .sorted(Comparator.comparing(IssuedPlan::decisionDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(IssuedPlan::planId))
                .toList();
    }
}
