package vn.dvk.platform.sheet;

import java.util.Map;

/**
 * One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by field, each the text the
 * spreadsheet displays, stripped; a date cell reads as {@code 2022-12-31}. Blank cells are absent.
 */
public record SheetRow(int number, Map<String, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of a field, null when blank or when the file lacks the column. */
    public String cell(String field) {
        return cells.get(field);
    }
}
