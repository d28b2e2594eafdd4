package vn.dvk.portal.evaluation.domain;

import java.time.LocalDate;

/** A period a model's unit has not reported on past its due date. */
public record OverdueSelfAssessment(String modelId, String modelName, String unitCode, LocalDate periodStart,
                                    LocalDate periodEnd, LocalDate dueDate, long daysLate) {
}
