package vn.dvk.portal.evaluation.domain;

import java.time.LocalDate;

/** Something due from a unit: a report, a recognition or a self-assessment, and whether it is due, late or done. */
public record Deadline(String kind, String unitCode, String subjectId, String subjectName, LocalDate dueDate,
                       String status) {

    public boolean isOpen() {
        return !"DONE".equals(status);
    }
}
