package vn.dvk.reporting.projection.domain;

import java.time.LocalDate;

/**
 * An inspection a team carried out, with the plan (decision) it belongs to when known; {@code planUnitPath} is the
 * path of the unit that issued the plan, so that a report claims only the inspections its own unit ran.
 */
public record InspectionRecord(String inspectionId, int year, String round, String unitCode, String unitPath,
                               String unitName, String modelId, LocalDate inspectedOn, String planId,
                               String planName, String decisionNumber, LocalDate decisionDate,
                               String planUnitPath) {
}
