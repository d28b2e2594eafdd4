package vn.dvk.award.evidence.domain;

import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;

/**
 * A yearly task-completion rating as evaluation-service announced it (the highest version per id). {@code personId}
 * is the registry's person of an individual; ratings announced before persons were matched have only the name.
 */
public record RatingRecord(String ratingId, RatedSubject subject, String unitCode, String unitPath,
                           String personName, int year, TaskRating rating, String personId, long version) {
}
