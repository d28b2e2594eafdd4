package vn.dvk.portal.award.domain;

import java.time.LocalDate;

/** The list of those proposed made public at {@code place} from {@code startDate}; the catalogue sets how long. */
public record DisclosureDraft(LocalDate startDate, String place) {
}
