package vn.dvk.platform.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvk.contracts.catalog.CodeLabel;
import vn.dvk.platform.text.SearchText;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * Reads one row's cells into typed values as officials fill them in, recording a problem (with the row and the
 * column as the file names it) for each cell that cannot be read; a method that found a problem returns null. Compare
 * {@link SheetProblems#size()} before and after a row to know whether the row is usable.
 */
public final class SheetRowReader {

    /** The longest code of the administrative directory: a commune's five digits. */
    private static final int LONGEST_UNIT_CODE = 5;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("co", "x", "true", "1", "yes");
    private static final Set<String> NO = Set.of("khong", "false", "0", "no");

    private final Sheet sheet;
    private final SheetRow row;
    private final SheetProblems problems;

    public SheetRowReader(Sheet sheet, SheetRow row, SheetProblems problems) {
        this.sheet = sheet;
        this.row = row;
        this.problems = problems;
    }

    public int rowNumber() {
        return row.number();
    }

    /** Records a problem with this row's cell of {@code field}. */
    public void problem(String field, String message) {
        problems.add(sheet, row, field, message);
    }

    /** Problems the file has so far: a row whose reading raised the count has a problem of its own. */
    public int problemCount() {
        return problems.size();
    }

    public String text(String field, boolean required) {
        String value = row.cell(field);
        if (value == null && required) {
            problem(field, "không được để trống");
        }
        return value;
    }

    /** A text of at most {@code maxLength} characters; a longer one is a problem, never cut. */
    public String text(String field, boolean required, int maxLength) {
        String value = text(field, required);
        if (value != null && value.length() > maxLength) {
            problem(field, "không được dài quá " + maxLength + " ký tự (ô có " + value.length() + ")");
            return null;
        }
        return value;
    }

    /**
     * A whole number between {@code min} and {@code max}, also as a spreadsheet may write it ({@code 2022.0});
     * {@code what} names it in the message ("năm").
     */
    public Integer whole(String field, int min, int max, String what) {
        String text = text(field, true);
        if (text == null) {
            return null;
        }
        try {
            int number = text.endsWith(".0") ? (int) Double.parseDouble(text) : Integer.parseInt(text);
            if (number < min || number > max) {
                problem(field, "phải từ " + min + " đến " + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(field, "'" + text + "' không phải là " + what);
            return null;
        }
    }

    /** A catalogue code, written as the code or as its Vietnamese label (a level's also without its "Cấp"). */
    public <E extends Enum<E> & CodeLabel> E code(String field, Class<E> type, boolean required) {
        String text = text(field, required);
        return text == null ? null : codeOf(field, type, text);
    }

    /** Several codes or labels in one cell, separated by commas or semicolons. */
    public <E extends Enum<E> & CodeLabel> Set<E> codes(String field, Class<E> type, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        int before = problems.size();
        for (String part : text.split("[,;]")) {
            if (!part.isBlank()) {
                E value = codeOf(field, type, part.strip());
                if (value != null) {
                    values.add(value);
                }
            }
        }
        if (values.isEmpty() && problems.size() == before && required) {
            problem(field, "không được để trống");
        }
        return problems.size() > before ? null : values;
    }

    private <E extends Enum<E> & CodeLabel> E codeOf(String field, Class<E> type, String text) {
        String folded = SearchText.fold(text);
        for (E value : type.getEnumConstants()) {
            String label = SearchText.fold(value.label());
            if (value.name().equalsIgnoreCase(text) || label.equals(folded) || label.equals("cap " + folded)) {
                return value;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(value.name()).append(" (").append(value.label())
                    .append(')');
        }
        problem(field, "'" + text + "' không hợp lệ; dùng một trong: " + allowed);
        return null;
    }

    /** Yes or no: "Có"/"Không", "x"/blank, true/false, 1/0; {@code absent} when the cell is empty. */
    public Boolean yesNo(String field, boolean absent) {
        String text = text(field, false);
        if (text == null) {
            return absent;
        }
        String folded = SearchText.fold(text);
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        problem(field, "'" + text + "' không hợp lệ; dùng Có hoặc Không");
        return null;
    }

    /** A date cell, or a text such as {@code 31/12/2022} or {@code 2022-12-31}. */
    public LocalDate date(String field) {
        String text = text(field, true);
        if (text == null) {
            return null;
        }
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

    /**
     * A unit code, also where a spreadsheet turned it into a number and dropped its leading zeros: {@code 4063} reads
     * as {@code 04063} when that is the one code of the directory it can stand for. A number that could stand for
     * several codes (1: 01, 001 or 00001) is a problem; a code the directory does not know is returned as written,
     * for the use case to refuse in its own words.
     */
    public String unitCode(String field, boolean required, UnitDirectory directory) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        String code = text.matches("[0-9]+\\.0") ? text.substring(0, text.length() - 2) : text;
        if (directory.contains(code) || !code.matches("[0-9]+")) {
            return code;
        }
        List<String> candidates = new ArrayList<>();
        for (int width = code.length() + 1; width <= LONGEST_UNIT_CODE; width++) {
            String padded = "0".repeat(width - code.length()) + code;
            if (directory.contains(padded)) {
                candidates.add(padded);
            }
        }
        if (candidates.size() > 1) {
            problem(field, "mã '" + text + "' có thể là " + String.join(" hoặc ", candidates)
                    + "; hãy định dạng cột là văn bản và ghi đủ các số 0 ở đầu mã");
            return null;
        }
        return candidates.isEmpty() ? code : candidates.get(0);
    }
}
