package vn.dvk.evaluation.rating.domain;

import java.util.List;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.platform.outbox.OutboundEvent;

/** Yearly task-completion ratings, one per subject, unit, person and year. */
public interface TaskRatings {

    /** Stores a rating with the event that announces it; one already stored under its id is superseded. */
    void record(TaskRatingEntry rating, OutboundEvent<TaskRatingRecorded> recorded);

    /** Ratings of units in the subtree of {@code unitPath}, of a year (every year when null). */
    List<TaskRatingEntry> within(String unitPath, Integer year);
}
