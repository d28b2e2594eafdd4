package vn.dvk.reporting.projection.domain;

import java.time.LocalDate;

/** An inspection plan as the issuing unit's report quotes it: the decision's number, date and subject. */
public record IssuedPlan(String planId, String name, String decisionNumber, LocalDate decisionDate) {
}
