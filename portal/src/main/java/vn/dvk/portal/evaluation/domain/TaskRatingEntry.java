package vn.dvk.portal.evaluation.domain;

import java.time.Instant;

/** A yearly task-completion rating of a unit or a person. */
public record TaskRatingEntry(String ratingId, String subject, String unitCode, String personName, int year,
                              String rating, String recordedBy, Instant recordedAt) {
}
