package vn.dvk.evaluation.rating.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dvk.contracts.catalog.CodeLabel;
import vn.dvk.platform.domain.Rejection;

/**
 * Reading rows of an imported sheet: cells by their Vietnamese header, catalogue values by code or label, and
 * problems that name the row and the column. The whole import is refused when any row has a problem.
 */
public final class SheetImport {

    private SheetImport() {
    }

    /** One data row: its number as the spreadsheet shows it, and its cells by header. */
    public record Row(int number, Map<String, String> cells) {

        public String text(String header) {
            String value = cells.get(header);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Collects problems of every row before refusing. */
    public static final class Problems {

        private final List<Rejection.FieldIssue> problems = new ArrayList<>();

        public void add(Row row, String header, String message) {
            problems.add(new Rejection.FieldIssue("row[" + row.number() + "]." + header,
                    "Dòng " + row.number() + ", cột '" + header + "': " + message, row.number(), header));
        }

        public void add(Row row, String header, Rejection problem) {
            add(row, header, problem.issues().isEmpty() ? problem.getMessage() : problem.issues().get(0).message());
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw Rejection.invalid(problems);
            }
        }
    }

    /** Every required header must be present in the sheet. */
    public static void requireHeaders(List<String> present, List<String> required) {
        List<Rejection.FieldIssue> missing = required.stream()
                .filter(header -> present.stream().noneMatch(header::equals))
                .map(header -> new Rejection.FieldIssue("file", "thiếu cột '" + header + "'"))
                .toList();
        if (!missing.isEmpty()) {
            throw Rejection.invalid(missing);
        }
    }

    /** A catalogue value given as its code (EXCELLENT) or its Vietnamese label, ignoring case. */
    public static <E extends Enum<E> & CodeLabel> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = fold(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> fold(value.name()).equals(wanted) || fold(value.label()).equals(wanted))
                .findFirst();
    }

    /** A year written as a number (2022 or 2022.0 from a numeric cell). */
    public static Optional<Integer> year(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value != Math.rint(value) || value < 2000 || value > 2100) {
                return Optional.empty();
            }
            return Optional.of((int) value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
