package vn.dvk.award.proposal.domain;

import java.time.LocalDate;

/** The list of those proposed made public at their unit for comments, from {@code startDate} to {@code endDate}. */
public record PublicNotice(LocalDate startDate, LocalDate endDate, String place, String by) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
