package vn.dvk.portal.rating.domain;

import java.time.Instant;

/** A yearly title held by a family, a village or a party committee, in its latest version. */
public record TitleEntry(String titleId, String title, String unitCode, String holderName, int year,
                         String recordedBy, Instant recordedAt, long version, String correctionReason) {
}
