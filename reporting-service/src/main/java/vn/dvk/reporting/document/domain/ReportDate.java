package vn.dvk.reporting.document.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dvk.platform.domain.Rejection;

/**
 * The date a report bears, the official's choice: any day of the report's year or of the next (a year-end report is
 * often signed in January). Without a choice it is the report's deadline (the campaign's, or seed 001's 15/12 for the
 * year-end report), or today when today falls earlier in that year.
 */
public final class ReportDate {

    private ReportDate() {
    }

    public static LocalDate choose(String date, int year, LocalDate today, LocalDate deadline) {
        if (date == null || date.isBlank()) {
            return today.getYear() == year && today.isBefore(deadline) ? today : deadline;
        }
        LocalDate chosen;
        try {
            chosen = LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("date", "Ngày báo cáo '" + date + "' không hợp lệ; nhập theo dạng YYYY-MM-DD.");
        }
        if (chosen.getYear() != year && chosen.getYear() != year + 1) {
            throw Rejection.invalid("date", "Ngày báo cáo phải thuộc năm " + year + " hoặc năm " + (year + 1) + ".");
        }
        return chosen;
    }
}
