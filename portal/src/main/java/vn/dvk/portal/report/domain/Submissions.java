package vn.dvk.portal.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a unit sees of its direct subordinates' reports for a year and kind, with figures reconciled. */
public record Submissions(String unitCode, int year, String kind, LocalDate deadline, long submitted, long late,
                          long submittedLate, long pending, List<UnitLine> units) {

    public Submissions {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** One subordinate: submitted or pending, late or not, and the figures that moved since it submitted. */
    public record UnitLine(String unitCode, String unitName, String state, boolean late, String reportId,
                           Integer version, String submittedBy, Instant submittedAt, List<Reconciled> figures,
                           boolean flagged) {

        public UnitLine {
            figures = figures == null ? List.of() : List.copyOf(figures);
        }

        public boolean submitted() {
            return "SUBMITTED".equals(state);
        }

        public List<Reconciled> changed() {
            return figures.stream().filter(Reconciled::changed).toList();
        }
    }

    /** A submitted figure and the live one. */
    public record Reconciled(String key, String label, long submitted, long live, boolean changed) {
    }
}
