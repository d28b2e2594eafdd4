package vn.dvk.contracts.evaluation;

import java.time.Instant;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;

/**
 * A unit's or an individual's yearly task-completion rating was recorded (or corrected: the latest per
 * {@code ratingId} wins). {@code personName} is null for a unit.
 */
public record TaskRatingRecorded(String ratingId, RatedSubject subject, String unitCode, String unitPath,
                                 String personName, int year, TaskRating rating, String recordedBy,
                                 Instant occurredAt) {
}
