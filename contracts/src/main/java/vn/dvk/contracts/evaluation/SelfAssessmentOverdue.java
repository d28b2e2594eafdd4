package vn.dvk.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/** A model's 3- or 6-monthly self-assessment was due and has not been filed. */
public record SelfAssessmentOverdue(String modelId, String unitPath, int year, LocalDate periodStart,
                                    LocalDate periodEnd, LocalDate dueDate, Instant occurredAt) {
}
