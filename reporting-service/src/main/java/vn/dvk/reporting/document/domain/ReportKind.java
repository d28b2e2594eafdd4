package vn.dvk.reporting.document.domain;

/**
 * The two reports a unit sends up each year (seed 001): the six-month report and the year-end report. Both are
 * composed alike; only the period the wording names and the deadline ({@link ReportDeadlines}) differ.
 */
public enum ReportKind {
    YEARLY("Báo cáo năm"),
    MID_YEAR("Báo cáo 6 tháng đầu năm");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
