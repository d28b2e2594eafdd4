package vn.dvk.reporting.projection.adapter;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;

/** An inspection plan as the yearly report quotes it: its name and the decision that issued it. */
@Document("rpt_inspection_plans")
record InspectionPlanDocument(@Id String id, String name, String decisionNumber, LocalDate decisionDate, int year,
                              String unitPath) {

    static InspectionPlanDocument of(InspectionPlanPublished plan) {
        return new InspectionPlanDocument(plan.planId(), plan.name(), plan.decisionNumber(), plan.decisionDate(),
                plan.year(), plan.unitPath());
    }
}
