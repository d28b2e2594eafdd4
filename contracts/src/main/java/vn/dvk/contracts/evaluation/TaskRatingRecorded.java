package vn.dvk.contracts.evaluation;

import java.time.Instant;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;

/**
 * A unit's or an individual's yearly task-completion rating was recorded, or corrected: a correction is a higher
 * {@code version} of the same {@code ratingId} with its {@code correctionReason}, and the highest version wins.
 * {@code personName} and {@code personId} (the person of award-service's registry, by its real name) are null for a
 * unit; records older than the registry's use name individuals by {@code personName} alone.
 */
public record TaskRatingRecorded(String ratingId, RatedSubject subject, String unitCode, String unitPath,
                                 String personName, int year, TaskRating rating, String recordedBy,
                                 Instant occurredAt, String personId, long version, String correctionReason) {
}
