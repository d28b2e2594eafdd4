package vn.dvk.platform.unit.domain;

import java.io.Reader;
import java.util.List;
import java.util.Locale;

/**
 * Reads the 2025 reorganisation's mapping in the layout
 * {@code old_commune_code,old_district_code,old_province_code,new_commune_code,new_province_code,part} (UTF-8, header
 * row), one row per old commune and new commune it went into; {@code part} is {@code whole} or {@code split}.
 */
public final class UnitMappingCsv {

    public static final String HEADER =
            "old_commune_code,old_district_code,old_province_code,new_commune_code,new_province_code,part";

    private UnitMappingCsv() {
    }

    public static List<UnitSuccession> read(Reader source, String sourceName) {
        return UnitCsv.rows(source, sourceName, HEADER, 6, (cells, lineNumber) -> {
            for (int column = 0; column < 5; column++) {
                if (!cells.get(column).trim().matches("[0-9]+")) {
                    throw new UnitDirectoryException(sourceName + " line " + lineNumber + ": invalid code '"
                            + cells.get(column).trim() + "'");
                }
            }
            UnitSuccession.Part part;
            try {
                part = UnitSuccession.Part.valueOf(cells.get(5).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UnitDirectoryException(sourceName + " line " + lineNumber + ": part must be 'whole' or "
                        + "'split', found '" + cells.get(5).trim() + "'");
            }
            return new UnitSuccession(cells.get(0).trim(), cells.get(1).trim(), cells.get(2).trim(),
                    cells.get(3).trim(), cells.get(4).trim(), part);
        });
    }
}
