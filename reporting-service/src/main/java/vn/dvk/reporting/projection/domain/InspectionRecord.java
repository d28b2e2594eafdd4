package vn.dvk.reporting.projection.domain;

import java.time.LocalDate;

/** An inspection a team carried out, with the plan (decision) it belongs to when known. */
public record InspectionRecord(String inspectionId, int year, String round, String unitCode, String unitPath,
                               String unitName, String modelId, LocalDate inspectedOn, String planId,
                               String planName, String decisionNumber, LocalDate decisionDate) {
}
