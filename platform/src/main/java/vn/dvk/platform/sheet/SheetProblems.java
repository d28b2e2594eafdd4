package vn.dvk.platform.sheet;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.platform.domain.Rejection;

/**
 * What is wrong with an import file, cell by cell. An import checks every row first and stores nothing when any
 * problem was found: {@link #throwIfAny()} then refuses the file ({@link InvalidSheet}), each problem with its row
 * and column.
 */
public final class SheetProblems {

    private final List<Rejection.FieldIssue> issues = new ArrayList<>();

    /** A problem with the cell of {@code field} in {@code row}; the column is the header the file writes it under. */
    public void add(Sheet sheet, SheetRow row, String field, String message) {
        issues.add(InvalidSheet.cell(row.number(), sheet.column(field), field, message));
    }

    public int size() {
        return issues.size();
    }

    public boolean isEmpty() {
        return issues.isEmpty();
    }

    public List<Rejection.FieldIssue> issues() {
        return List.copyOf(issues);
    }

    /** Refuses the whole file when any cell was at fault. */
    public void throwIfAny() {
        if (!issues.isEmpty()) {
            throw new InvalidSheet("Có " + issues.size() + " lỗi trong tệp; chưa dòng nào được lưu.", issues);
        }
    }
}
