package vn.dvk.award.evidence.domain;

import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;

/** A yearly task-completion rating as evaluation-service announced it (the latest per id). */
public record RatingRecord(String ratingId, RatedSubject subject, String unitCode, String unitPath,
                           String personName, int year, TaskRating rating) {
}
