package vn.dvk.registration.model.domain;

import java.util.List;
import vn.dvk.platform.domain.Rejection;

/**
 * An import file was refused as a whole and nothing of it was stored; each issue names the spreadsheet row and the
 * column the official sees.
 */
public class InvalidImport extends Rejection.Unprocessable {

    public InvalidImport(String message, List<FieldIssue> issues) {
        super("import-invalid", message, issues);
    }

    /**
     * One cell's issue; without a field the column names it, and without either the file as a whole is at fault.
     */
    public static FieldIssue cell(int row, String column, String field, String message) {
        return new FieldIssue(field != null ? field : column != null ? column : "file", message, row, column);
    }
}
