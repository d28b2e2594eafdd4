package vn.dvk.registration.model.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.registration.model.domain.InvalidImport;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelDetails;
import vn.dvk.registration.model.domain.Models;
import vn.dvk.registration.model.domain.PendingImports;

/**
 * Bulk registration from the spreadsheet units already keep, one row per model. All rows are checked first, with
 * the same rules as {@code POST /api/v1/models}; if any row fails nothing is stored and every failure is reported
 * with its row and column ({@link InvalidImport}). Otherwise the import is recorded whole ({@link PendingImports})
 * and its models are stored in one bulk write, each with its own registered event. Storing that stops half-way is
 * finished from the record, by the retry with the same {@code Idempotency-Key} or by {@link #finishUnfinished}: an
 * import ends with all of its models stored, once.
 */
@Service
public class ModelImport {

    public static final int MAX_ROWS = 5_000;

    private final ModelService models;
    private final Models store;
    private final PendingImports imports;

    public ModelImport(ModelService models, Models store, PendingImports imports) {
        this.models = models;
        this.store = store;
        this.imports = imports;
    }

    /**
     * One data row as read from the file: its number as the sheet shows it (the header is row 1), the details its
     * cells state, and the cells that could not be read (each naming its field).
     */
    public record Row(int number, ModelDetails details, List<Rejection.FieldIssue> unreadable) {

        public Row {
            unreadable = List.copyOf(unreadable);
        }
    }

    /** The data rows of a file and, for each field, the column header the official sees it under. */
    public record Sheet(Map<String, String> columns, List<Row> rows) {
    }

    /** Checks every row, then stores all of them or none; returns the stored models in row order. */
    public List<Model> importSheet(Sheet sheet, String by) {
        if (sheet.rows().isEmpty()) {
            throw new InvalidImport("Tệp không có dòng dữ liệu nào.", List.of(InvalidImport.cell(2, null, null,
                    "tệp không có dòng dữ liệu nào")));
        }
        if (sheet.rows().size() > MAX_ROWS) {
            throw new InvalidImport("Tệp có quá nhiều dòng.", List.of(InvalidImport.cell(MAX_ROWS + 2, null, null,
                    "mỗi lần chỉ nhập tối đa " + MAX_ROWS + " dòng")));
        }
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        List<Model> prepared = new ArrayList<>();
        for (Row row : sheet.rows()) {
            List<Rejection.FieldIssue> issues = row.unreadable();
            if (issues.isEmpty()) {
                try {
                    prepared.add(models.prepare(ResourceIds.next(), row.details(), by));
                } catch (Rejection refused) {
                    issues = refused.issues().isEmpty()
                            ? List.of(new Rejection.FieldIssue(null, refused.getMessage())) : refused.issues();
                }
            }
            for (Rejection.FieldIssue issue : issues) {
                String column = issue.field() == null ? null : sheet.columns().get(issue.field());
                problems.add(InvalidImport.cell(row.number(), column, issue.field(), issue.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImport("Có " + problems.size() + " lỗi trong tệp; chưa dòng nào được lưu.", problems);
        }
        // Issued after the rows' ids, so that a rerun under the same key draws the same one.
        String importId = ResourceIds.next();
        List<Model> recorded = imports.record(importId, prepared);
        store.addAll(recorded);
        imports.finished(importId);
        return recorded;
    }

    /**
     * Stores what is missing of the imports recorded before {@code before} and not finished (their run stopped
     * half-way and no retry came); returns how many imports it finished.
     */
    public int finishUnfinished(Instant before) {
        List<PendingImports.Unfinished> unfinished = imports.recordedBefore(before);
        for (PendingImports.Unfinished pending : unfinished) {
            store.addAll(pending.models());
            imports.finished(pending.id());
        }
        return unfinished.size();
    }
}
