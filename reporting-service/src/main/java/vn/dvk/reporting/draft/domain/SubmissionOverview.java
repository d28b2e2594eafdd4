package vn.dvk.reporting.draft.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a parent unit sees of its direct subordinates' reports for a year and kind: who submitted (when, by whom,
 * which version), who is late (submitted after the deadline, or not submitted when the deadline has passed), who is
 * pending, and each submitted figure reconciled against the subordinate's live statistics. {@code late} counts both
 * kinds of lateness, {@code submittedLate} only the reports that arrived after the deadline.
 */
public record SubmissionOverview(String unitCode, int year, String kind, LocalDate deadline, long submitted,
                                 long late, long submittedLate, long pending, List<UnitSubmission> units) {

    /** A subordinate unit: its draft if it has one, and the figures its statistics give now. */
    public record Subordinate(String unitCode, String unitName, Optional<ReportDraft> draft,
                              List<Figure> liveFigures) {
    }

    /** A submitted figure and the live one; {@code changed} when they no longer match. */
    public record Reconciled(String key, String label, long submitted, long live, boolean changed) {
    }

    public enum State { SUBMITTED, PENDING }

    /** One subordinate's line: its state, lateness, submission and reconciliation ({@code flagged}: a figure moved). */
    public record UnitSubmission(String unitCode, String unitName, State state, boolean late, String reportId,
                                 Integer version, String submittedBy, Instant submittedAt,
                                 List<Reconciled> figures, boolean flagged) {
    }

    public static SubmissionOverview of(String unitCode, int year, String kind, LocalDate deadline, LocalDate today,
                                        List<Subordinate> subordinates) {
        List<UnitSubmission> units = subordinates.stream().map(unit -> line(unit, deadline, today)).toList();
        return new SubmissionOverview(unitCode, year, kind, deadline,
                units.stream().filter(unit -> unit.state() == State.SUBMITTED).count(),
                units.stream().filter(UnitSubmission::late).count(),
                units.stream().filter(unit -> unit.late() && unit.state() == State.SUBMITTED).count(),
                units.stream().filter(unit -> unit.state() == State.PENDING).count(), units);
    }

    private static UnitSubmission line(Subordinate unit, LocalDate deadline, LocalDate today) {
        Optional<Submission> submission = unit.draft().map(ReportDraft::submission);
        if (submission.isEmpty()) {
            return new UnitSubmission(unit.unitCode(), unit.unitName(), State.PENDING, today.isAfter(deadline),
                    unit.draft().map(ReportDraft::id).orElse(null), null, null, null, List.of(), false);
        }
        Submission sent = submission.get();
        List<Reconciled> figures = sent.figures().stream().map(figure -> {
            long live = Figure.valueOf(unit.liveFigures(), figure.key());
            return new Reconciled(figure.key(), figure.label(), figure.value(), live, live != figure.value());
        }).toList();
        return new UnitSubmission(unit.unitCode(), unit.unitName(), State.SUBMITTED,
                sent.submittedOn().isAfter(deadline), unit.draft().get().id(), sent.version(), sent.submittedBy(), sent.submittedAt(), figures,
                figures.stream().anyMatch(Reconciled::changed));
    }
}
