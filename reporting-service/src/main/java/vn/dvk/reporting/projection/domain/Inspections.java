package vn.dvk.reporting.projection.domain;

import java.util.List;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;

/**
 * Inspection plans and completed inspections, for the yearly report's list of inspections (004 §2.5). Saving the
 * same plan or inspection again changes nothing.
 */
public interface Inspections {

    void savePlan(InspectionPlanPublished plan);

    void saveInspection(InspectionCompleted inspection);

    /** Marks an inspection its plan's level cancelled: it is no longer listed. Cancelling again changes nothing. */
    void cancelInspection(String inspectionId);

    /**
     * The inspections of a year (cancelled ones left out) in the subtree of the unit at {@code unitPath}, each with its plan when known,
     * ordered by unit path and inspection id.
     */
    List<InspectionRecord> inspectionsUnder(String unitPath, int year);

    /** The plans of a year that the unit at {@code unitPath} itself issued, by decision date. */
    List<IssuedPlan> plansIssuedBy(String unitPath, int year);
}
