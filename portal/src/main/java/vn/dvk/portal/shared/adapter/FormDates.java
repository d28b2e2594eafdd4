package vn.dvk.portal.shared.adapter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A date as a form sends it: ISO from a date picker ({@code 2022-03-22}) or typed as dd/mm/yyyy where the browser
 * offers no picker. Anything else is no date, which the form says in place instead of sending.
 */
public final class FormDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FormDates() {
    }

    public static Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether the text was typed but is no date. */
    public static boolean unreadable(String text) {
        return text != null && !text.isBlank() && read(text).isEmpty();
    }
}
