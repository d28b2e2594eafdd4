package vn.dvk.evaluation.rating.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;

/** A unit's or an individual's task-completion rating for a year; a correction keeps the same {@code ratingId}. */
public record TaskRatingEntry(String ratingId, RatedSubject subject, String unitCode, String unitPath,
                              String personName, int year, TaskRating rating, String recordedBy,
                              Instant recordedAt) {
}
