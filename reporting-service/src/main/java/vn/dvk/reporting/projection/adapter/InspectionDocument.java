package vn.dvk.reporting.projection.adapter;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.reporting.projection.domain.InspectionRecord;

/**
 * A completed inspection, read by a year and a unit-path prefix on {@code (year, unitPath)}; {@code cancelled} once
 * its plan's level cancelled it.
 */
@Document("rpt_inspections")
@CompoundIndex(name = "year_unitPath", def = "{'year': 1, 'unitPath': 1}")
record InspectionDocument(@Id String id, String planId, int year, InspectionRound round, String unitCode,
                          String unitPath, String unitName, String modelId, LocalDate inspectedOn,
                          boolean cancelled) {

    static InspectionDocument of(InspectionCompleted inspection) {
        return new InspectionDocument(inspection.inspectionId(), inspection.planId(), inspection.year(),
                inspection.round(), inspection.unitCode(), inspection.unitPath(), inspection.unitName(),
                inspection.modelId(), inspection.inspectedOn(), false);
    }

    /** The inspection with what its plan says, when the plan is known. */
    InspectionRecord toRecord(InspectionPlanDocument plan) {
        return new InspectionRecord(id, year, round == null ? null : round.name(), unitCode, unitPath, unitName,
                modelId, inspectedOn, planId, plan == null ? null : plan.name(),
                plan == null ? null : plan.decisionNumber(), plan == null ? null : plan.decisionDate(),
                plan == null ? null : plan.unitPath());
    }
}
