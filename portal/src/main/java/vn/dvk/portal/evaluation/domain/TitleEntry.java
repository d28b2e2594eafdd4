package vn.dvk.portal.evaluation.domain;

import java.time.Instant;

/** A title (cultural family, cultural village, …) held in a year. */
public record TitleEntry(String titleId, String title, String unitCode, String holderName, int year,
                         String recordedBy, Instant recordedAt) {
}
