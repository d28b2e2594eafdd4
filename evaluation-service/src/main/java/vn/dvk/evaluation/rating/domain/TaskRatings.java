package vn.dvk.evaluation.rating.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.platform.outbox.OutboundEvent;

/** Yearly task-completion ratings, one per subject, unit, person and year, each with its versions. */
public interface TaskRatings {

    /** The current version, unless unknown or outside the caller's subtree. */
    Optional<TaskRatingEntry> find(String ratingId);

    /**
     * Stores a rating's next version with the event that announces it; another writer having stored that version
     * first is a conflict, never an overwrite.
     */
    void record(TaskRatingEntry rating, OutboundEvent<TaskRatingRecorded> recorded);

    /** Every version of a rating, oldest first; empty when unknown. */
    List<TaskRatingEntry> history(String ratingId);

    /** Current ratings of units in the subtree of {@code unitPath}, of a year (every year when null). */
    List<TaskRatingEntry> within(String unitPath, Integer year);
}
