package vn.dvk.evaluation.rating.domain;

import java.util.List;
import vn.dvk.platform.domain.Rejection;

/**
 * A ratings or titles file refused as a whole, nothing of it stored: 400, each cell's problem at
 * {@code row[<row>].<column>} with the row and column in its message, a problem of the file as a whole at
 * {@code file}.
 */
public class InvalidRatingSheet extends Rejection.InvalidInput {

    public InvalidRatingSheet(List<FieldIssue> issues) {
        super("invalid-input", "Có " + issues.size() + " lỗi trong tệp; chưa dòng nào được lưu.",
                issues.stream().map(InvalidRatingSheet::atItsCell).toList());
    }

    private static FieldIssue atItsCell(FieldIssue issue) {
        if (issue.row() == null || issue.column() == null || "file".equals(issue.field())) {
            return issue;
        }
        return new FieldIssue("row[" + issue.row() + "]." + issue.column(), "Dòng " + issue.row() + ", cột '"
                + issue.column() + "': " + issue.message(), issue.row(), issue.column());
    }
}
