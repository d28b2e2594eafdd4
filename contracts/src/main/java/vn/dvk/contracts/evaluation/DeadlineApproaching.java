package vn.dvk.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvk.contracts.catalog.CodeLabel;

/**
 * Something a unit must deliver is due in {@code daysLeft} days (0: today): a self-assessment, a mid-year or year-end
 * report, a recognition. {@code subjectId} names what it is about (a model, an inspection plan) and
 * {@code subjectName} how officials know it; {@code campaignId} is the campaign whose deadlines apply, when there is
 * one.
 */
public record DeadlineApproaching(Deadline deadline, String unitCode, String unitPath, String subjectId,
                                  String subjectName, String campaignId, LocalDate dueDate, int daysLeft,
                                  Instant occurredAt) {

    /** What is due (seed 001, steps 4 and 5). */
    public enum Deadline implements CodeLabel {
        SELF_ASSESSMENT("Báo cáo tự đánh giá"),
        MID_YEAR_REPORT("Báo cáo sơ kết giữa năm"),
        YEAR_END_REPORT("Báo cáo tổng kết cuối năm"),
        RECOGNITION("Xét công nhận mô hình");

        private final String label;

        Deadline(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
