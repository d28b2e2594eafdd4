package vn.dvk.platform.unit.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * Reads units in the layout {@code code,level,name,full_name,parent_code} (UTF-8, header row), the shape of both the
 * 3-tier (province, district, commune) and the 2-tier (province, commune) national lists. Names carry no commas in
 * the official lists; a quoted field is still accepted so that agency names with commas can be added.
 */
public final class UnitCsv {

    public static final String HEADER = "code,level,name,full_name,parent_code";

    private UnitCsv() {
    }

    public static List<AdministrativeUnit> read(Reader source, String sourceName) {
        return rows(source, sourceName, HEADER, 5, (cells, lineNumber) -> parse(cells, sourceName, lineNumber));
    }

    /** Parses one row's cells, already counted; {@code lineNumber} is the row's line in the file, for messages. */
    @FunctionalInterface
    interface RowParser<T> {
        T parse(List<String> cells, int lineNumber);
    }

    /**
     * The rows of a UTF-8 CSV file with the given header line (a byte-order mark is skipped), blank lines ignored,
     * each with exactly {@code columns} cells.
     */
    static <T> List<T> rows(Reader source, String sourceName, String header, int columns, RowParser<T> parser) {
        try (BufferedReader reader = new BufferedReader(source)) {
            String first = stripBom(reader.readLine());
            if (first == null || !header.equals(first.trim())) {
                throw new UnitDirectoryException(sourceName + ": the first line must be '" + header + "'");
            }
            List<T> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() != columns) {
                    throw new UnitDirectoryException(sourceName + " line " + lineNumber + ": expected " + columns
                            + " columns, found " + cells.size());
                }
                rows.add(parser.parse(cells, lineNumber));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot be read", e);
        }
    }

    private static AdministrativeUnit parse(List<String> cells, String sourceName, int lineNumber) {
        String code = cells.get(0).trim();
        if (code.isEmpty() || !code.matches("[0-9A-Za-z.-]+")) {
            throw new UnitDirectoryException(sourceName + " line " + lineNumber + ": invalid code '" + code + "'");
        }
        UnitLevel level;
        try {
            level = UnitLevel.valueOf(cells.get(1).trim());
        } catch (IllegalArgumentException e) {
            throw new UnitDirectoryException(sourceName + " line " + lineNumber + ": unknown level '"
                    + cells.get(1).trim() + "'");
        }
        String name = cells.get(2).trim();
        if (name.isEmpty()) {
            throw new UnitDirectoryException(sourceName + " line " + lineNumber + ": empty name");
        }
        return new AdministrativeUnit(code, level, name, cells.get(3).trim(), cells.get(4).trim());
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String stripBom(String line) {
        return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
