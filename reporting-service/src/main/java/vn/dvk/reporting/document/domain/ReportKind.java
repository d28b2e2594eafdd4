package vn.dvk.reporting.document.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The two reports a unit sends up each year (seed 001): the six-month report by 25/7 and the year-end report by
 * 15/12. Both are composed alike; only the period the wording names and the deadline differ.
 */
public enum ReportKind {
    YEARLY("Báo cáo năm", MonthDay.of(12, 15)),
    MID_YEAR("Báo cáo 6 tháng đầu năm", MonthDay.of(7, 25));

    private final String label;
    private final MonthDay deadline;

    ReportKind(String label, MonthDay deadline) {
        this.label = label;
        this.deadline = deadline;
    }

    public String label() {
        return label;
    }

    /** The last day a report of the year may be submitted on time. */
    public LocalDate deadline(int year) {
        return deadline.atYear(year);
    }

    /** The period as the title names it: "năm 2022" or "6 tháng đầu năm 2022". */
    String period(int year) {
        return this == YEARLY ? "năm " + year : "6 tháng đầu năm " + year;
    }

    /** The period of the tasks ahead: "năm 2023" or "6 tháng cuối năm 2022". */
    String nextPeriod(int year) {
        return this == YEARLY ? "năm " + (year + 1) : "6 tháng cuối năm " + year;
    }

    String fileName(int year, String unitCode) {
        return (this == YEARLY ? "bao-cao-nam-" : "bao-cao-6-thang-") + year + "-" + unitCode;
    }
}
