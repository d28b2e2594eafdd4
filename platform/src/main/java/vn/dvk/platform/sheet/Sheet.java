package vn.dvk.platform.sheet;

import java.util.List;
import java.util.Map;

/**
 * An import file as read: for each field of its {@link SheetColumns} the header the file writes it under, and the
 * rows that are not blank, in file order.
 */
public record Sheet(Map<String, String> columns, List<SheetRow> rows) {

    public Sheet {
        columns = Map.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The header a field's cells stand under, as the official sees it; null for a field the file lacks. */
    public String column(String field) {
        return field == null ? null : columns.get(field);
    }
}
