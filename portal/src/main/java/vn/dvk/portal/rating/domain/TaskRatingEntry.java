package vn.dvk.portal.rating.domain;

import java.time.Instant;

/** A unit's or a person's task-completion rating for a year, in its latest version. */
public record TaskRatingEntry(String ratingId, String subject, String unitCode, String personName, int year,
                              String rating, String recordedBy, Instant recordedAt, long version,
                              String correctionReason) {
}
