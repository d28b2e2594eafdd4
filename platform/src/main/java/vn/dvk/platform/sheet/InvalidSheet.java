package vn.dvk.platform.sheet;

import java.util.List;
import vn.dvk.platform.domain.Rejection;

/**
 * An import file refused as a whole, nothing of it stored: each issue names the spreadsheet row and the column as the
 * official sees them (422 {@code import-invalid}). Services may subclass it to name their own import's refusal.
 */
public class InvalidSheet extends Rejection.Unprocessable {

    public static final String FILE = "file";

    public InvalidSheet(String message, List<FieldIssue> issues) {
        super("import-invalid", message, issues);
    }

    /** One cell's issue; without a field the column names it, and without either the file as a whole is at fault. */
    public static FieldIssue cell(int row, String column, String field, String message) {
        return new FieldIssue(field != null ? field : column != null ? column : FILE, message, row, column);
    }

    /** A file with a header but not one data row; the issue sits where the first data row should be. */
    public static InvalidSheet noRows() {
        return new InvalidSheet("Tệp không có dòng dữ liệu nào.", List.of(cell(2, null, null,
                "tệp không có dòng dữ liệu nào")));
    }

    /** More data rows than one import takes; the issue names the first row beyond the limit. */
    public static InvalidSheet tooManyRows(int maxRows, int firstRowBeyond) {
        return new InvalidSheet("Tệp có quá nhiều dòng.", List.of(cell(firstRowBeyond, null, null,
                "mỗi lần chỉ nhập tối đa " + maxRows + " dòng")));
    }
}
