package vn.dvk.reporting.draft.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report sent to the level above: the version sent, frozen with the figures it contained and the document as it was
 * composed then ({@code sent}; null only for submissions stored before documents were frozen), who sent it and when,
 * and whether that was after the deadline.
 */
public record Submission(int version, String submittedBy, Instant submittedAt, LocalDate submittedOn,
                         LocalDate deadline, boolean late, List<Figure> figures, SentReport sent) {

    public Submission {
        figures = List.copyOf(figures);
    }
}
