package vn.dvk.evaluation.rating.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;

/**
 * One version of a unit's or an individual's task-completion rating for a year. An individual is a person of the
 * registry ({@code personId}, {@code personName} his real name); a correction is the next {@code version} of the same
 * {@code ratingId} with its {@code correctionReason}.
 */
public record TaskRatingEntry(String ratingId, RatedSubject subject, String unitCode, String unitPath,
                              String personName, int year, TaskRating rating, String recordedBy,
                              Instant recordedAt, String personId, long version, String correctionReason) {
}
