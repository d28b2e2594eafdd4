package vn.dvk.contracts.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit submitted its report to the level above: the version it sent, frozen with the §2.4 figures it contained.
 *
 * @param kind    {@code YEARLY} (year-end report, due 15/12) or {@code MID_YEAR} (six-month report, due 25/7)
 * @param version the number of the draft version submitted
 * @param late    whether it was submitted after the deadline
 */
public record ReportSubmitted(String reportId, String unitCode, String unitPath, int year, String kind, int version,
                              LocalDate reportDate, LocalDate deadline, boolean late, List<Figure> figures,
                              String submittedBy, Instant occurredAt) {

    /** One figure of the report's statistics, e.g. {@code total} 119 or {@code level.DISTRICT.field.ECONOMY} 7. */
    public record Figure(String key, String label, long value) {
    }
}
