package vn.dvk.registration.model.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.CodeLabel;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelDetails;
import vn.dvk.registration.model.domain.SearchText;

/**
 * Bulk registration from the spreadsheet units already keep, one row per model. All rows are checked first, with
 * the same rules as {@code POST /api/v1/models}; if any row fails nothing is stored and every failure is reported
 * with its row and column. Otherwise each model is saved with its own registered event.
 */
@Service
public class ModelImport {

    public static final int MAX_ROWS = 5_000;

    /** The template's columns: header as officials read it, and the request field it fills. */
    public static final Map<String, String> COLUMNS = columns();

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ModelService models;

    public ModelImport(ModelService models) {
        this.models = models;
    }

    /** One data row: its number in the sheet (the header is row 1) and its cells by header. */
    public record Row(int number, Map<String, Object> cells) {
    }

    /** A problem with one cell; {@code column} is the header the official sees. */
    record CellProblem(int row, String column, String field, String message) {

        Rejection.FieldIssue asFieldProblem() {
            return new Rejection.FieldIssue(field != null ? field : column != null ? column : "file",
                    message, row, column);
        }
    }

    /** The rows refused (422 {@code import-invalid}, every problem with its row and column); nothing was stored. */
    private static Rejection rejected(String message, List<CellProblem> problems) {
        return new Rejection.Unprocessable("import-invalid", message,
                problems.stream().map(CellProblem::asFieldProblem).toList());
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Năm", "year");
        columns.put("Mã đơn vị", "unitCode");
        columns.put("Cấp quản lý", "level");
        columns.put("Lĩnh vực", "field");
        columns.put("Tập thể/Cá nhân", "ownerType");
        columns.put("Loại", "kind");
        columns.put("Tên mô hình", "name");
        columns.put("Địa chỉ", "address");
        columns.put("Nội dung", "content");
        columns.put("Chủ mô hình", "ownerName");
        columns.put("Người phụ trách", "personInCharge");
        columns.put("Ngày bắt đầu", "startDate");
        columns.put("Ngày kết thúc", "endDate");
        columns.put("Mã phong trào", "campaignId");
        columns.put("Nhân rộng từ mô hình", "replicatedFrom");
        return Collections.unmodifiableMap(columns);
    }

    /** Checks every row, then stores all of them or none; returns the stored models in row order. */
    public List<Model> importRows(List<String> headers, List<Row> rows, String by) {
        Map<String, String> fieldToHeader = matchHeaders(headers);
        if (rows.isEmpty()) {
            throw rejected("Tệp không có dòng dữ liệu nào.", List.of(new CellProblem(2, null, null,
                    "tệp không có dòng dữ liệu nào")));
        }
        if (rows.size() > MAX_ROWS) {
            throw rejected("Tệp có quá nhiều dòng.", List.of(new CellProblem(MAX_ROWS + 2, null, null,
                    "mỗi lần chỉ nhập tối đa " + MAX_ROWS + " dòng")));
        }
        List<CellProblem> problems = new ArrayList<>();
        List<Model> prepared = new ArrayList<>();
        for (Row row : rows) {
            RowReader reader = new RowReader(row, fieldToHeader, problems);
            int before = problems.size();
            ModelDetails details = new ModelDetails(reader.year(), reader.text("unitCode", true),
                    reader.code("level", ManagementLevel.class, true), reader.code("field", Field.class, true),
                    reader.code("ownerType", OwnerType.class, true), reader.code("kind", ModelKind.class, false),
                    reader.text("name", true), reader.text("address", true), reader.text("content", true),
                    reader.text("ownerName", true), reader.text("personInCharge", true),
                    reader.date("startDate"), reader.date("endDate"), reader.text("campaignId", false),
                    reader.text("replicatedFrom", false));
            if (problems.size() > before) {
                continue;
            }
            try {
                prepared.add(models.prepare(ResourceIds.next(), details, by));
            } catch (Rejection e) {
                List<Rejection.FieldIssue> fields = e.issues().isEmpty()
                        ? List.of(new Rejection.FieldIssue(null, e.getMessage())) : e.issues();
                for (Rejection.FieldIssue problem : fields) {
                    problems.add(new CellProblem(row.number(), fieldToHeader.get(problem.field()), problem.field(),
                            problem.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw rejected("Có " + problems.size() + " lỗi trong tệp; chưa dòng nào được lưu.", problems);
        }
        prepared.forEach(models::save);
        return prepared;
    }

    private static Map<String, String> matchHeaders(List<String> headers) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        COLUMNS.forEach((header, field) -> {
            byFolded.put(SearchText.fold(header), field);
            byFolded.put(SearchText.fold(field), field);
        });
        Map<String, String> fieldToHeader = new LinkedHashMap<>();
        for (String header : headers) {
            String field = byFolded.get(SearchText.fold(header));
            if (field != null) {
                fieldToHeader.putIfAbsent(field, header);
            }
        }
        List<CellProblem> missing = new ArrayList<>();
        COLUMNS.forEach((header, field) -> {
            if (!fieldToHeader.containsKey(field) && !List.of("kind", "campaignId", "replicatedFrom").contains(field)) {
                missing.add(new CellProblem(1, header, field, "thiếu cột '" + header + "'"));
            }
        });
        if (!missing.isEmpty()) {
            throw rejected("Tệp thiếu cột bắt buộc; hãy dùng tệp mẫu.", missing);
        }
        return fieldToHeader;
    }

    /** Reads one row's cells into typed values, collecting a problem for each cell that cannot be read. */
    private static final class RowReader {

        private final Row row;
        private final Map<String, String> fieldToHeader;
        private final List<CellProblem> problems;

        RowReader(Row row, Map<String, String> fieldToHeader, List<CellProblem> problems) {
            this.row = row;
            this.fieldToHeader = fieldToHeader;
            this.problems = problems;
        }

        private Object raw(String field) {
            String header = fieldToHeader.get(field);
            Object value = header == null ? null : row.cells().get(header);
            return value instanceof String text && text.isBlank() ? null : value;
        }

        private void problem(String field, String message) {
            problems.add(new CellProblem(row.number(), fieldToHeader.get(field), field, message));
        }

        String text(String field, boolean required) {
            Object value = raw(field);
            if (value == null) {
                if (required) {
                    problem(field, "không được để trống");
                }
                return null;
            }
            return value.toString().strip();
        }

        int year() {
            Object value = raw("year");
            if (value == null) {
                problem("year", "không được để trống");
                return 0;
            }
            String text = value.toString().strip();
            try {
                int year = text.endsWith(".0") ? (int) Double.parseDouble(text) : Integer.parseInt(text);
                if (year < 2000 || year > 2100) {
                    problem("year", "phải từ 2000 đến 2100");
                }
                return year;
            } catch (NumberFormatException e) {
                problem("year", "'" + text + "' không phải là năm");
                return 0;
            }
        }

        <E extends Enum<E> & CodeLabel> E code(String field, Class<E> type, boolean required) {
            String text = text(field, required);
            if (text == null) {
                return null;
            }
            String folded = SearchText.fold(text);
            for (E value : type.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(text) || SearchText.fold(value.label()).equals(folded)
                        || SearchText.fold(value.label()).equals("cap " + folded)) {
                    return value;
                }
            }
            StringBuilder allowed = new StringBuilder();
            for (E value : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(value.name()).append(" (")
                        .append(value.label()).append(')');
            }
            problem(field, "'" + text + "' không hợp lệ; dùng một trong: " + allowed);
            return null;
        }

        LocalDate date(String field) {
            Object value = raw(field);
            if (value == null) {
                problem(field, "không được để trống");
                return null;
            }
            if (value instanceof LocalDate date) {
                return date;
            }
            String text = value.toString().strip();
            Optional<LocalDate> parsed = parse(text);
            if (parsed.isEmpty()) {
                problem(field, "'" + text + "' không phải ngày (dạng 31/12/2022 hoặc 2022-12-31)");
            }
            return parsed.orElse(null);
        }

        private static Optional<LocalDate> parse(String text) {
            try {
                return Optional.of(text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
