package vn.dvk.registration.model.adapter;

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
import vn.dvk.contracts.catalog.CodeLabel;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.registration.model.application.ModelImport;
import vn.dvk.registration.model.domain.InvalidImport;
import vn.dvk.registration.model.domain.ModelDetails;
import vn.dvk.registration.model.domain.SearchText;

/**
 * The columns of the import template and how their cells are read as officials fill them in: headers matched
 * without regard to diacritics or case, codes given as codes or as their Vietnamese labels, years as numbers (a
 * spreadsheet may show {@code 2022.0}), dates as date cells, {@code 31/12/2022} or {@code 2022-12-31}.
 */
final class ImportColumns {

    /** The template's columns: header as officials read it, and the request field it fills. */
    static final Map<String, String> COLUMNS = columns();

    private static final List<String> OPTIONAL = List.of("kind", "campaignId", "replicatedFrom");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private ImportColumns() {
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

    /**
     * Reads a table's rows as model details; {@link InvalidImport} naming every required column the headers lack.
     */
    static ModelImport.Sheet read(Sheets.Table table) {
        Map<String, String> fieldToHeader = matchHeaders(table.headers());
        List<ModelImport.Row> rows = new ArrayList<>();
        for (Sheets.Line line : table.lines()) {
            rows.add(new RowReader(line.cells(), fieldToHeader).read(line.number()));
        }
        return new ModelImport.Sheet(fieldToHeader, rows);
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
        List<Rejection.FieldIssue> missing = new ArrayList<>();
        COLUMNS.forEach((header, field) -> {
            if (!fieldToHeader.containsKey(field) && !OPTIONAL.contains(field)) {
                missing.add(InvalidImport.cell(1, header, field, "thiếu cột '" + header + "'"));
            }
        });
        if (!missing.isEmpty()) {
            throw new InvalidImport("Tệp thiếu cột bắt buộc; hãy dùng tệp mẫu.", missing);
        }
        return fieldToHeader;
    }

    /** Reads one row's cells into typed values, collecting an issue for each cell that cannot be read. */
    private static final class RowReader {

        private final Map<String, Object> cells;
        private final Map<String, String> fieldToHeader;
        private final List<Rejection.FieldIssue> unreadable = new ArrayList<>();

        RowReader(Map<String, Object> cells, Map<String, String> fieldToHeader) {
            this.cells = cells;
            this.fieldToHeader = fieldToHeader;
        }

        ModelImport.Row read(int number) {
            ModelDetails details = new ModelDetails(year(), text("unitCode", true),
                    code("level", ManagementLevel.class, true), code("field", Field.class, true),
                    code("ownerType", OwnerType.class, true), code("kind", ModelKind.class, false),
                    text("name", true), text("address", true), text("content", true), text("ownerName", true),
                    text("personInCharge", true), date("startDate"), date("endDate"), text("campaignId", false),
                    text("replicatedFrom", false));
            return new ModelImport.Row(number, details, unreadable);
        }

        private Object raw(String field) {
            String header = fieldToHeader.get(field);
            Object value = header == null ? null : cells.get(header);
            return value instanceof String text && text.isBlank() ? null : value;
        }

        private void problem(String field, String message) {
            unreadable.add(new Rejection.FieldIssue(field, message));
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
