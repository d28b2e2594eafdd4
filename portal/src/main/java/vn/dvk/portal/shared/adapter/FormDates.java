package vn.dvk.portal.shared.adapter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/**
 * The dates of every form: shown and typed as dd/mm/yyyy in the one date field of the pages ({@code date-input.html},
 * a text field, since Chromium's own date control shows month first whatever the page's language), and read here.
 * ISO ({@code 2022-03-22}) is read too, as a request crafted by a script sends it. Anything else is no date, which the
 * form says beside the field instead of sending.
 */
public final class FormDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    /** What a form says beside a date field whose text is no date. */
    public static String unreadableMessage(String text) {
        return "'" + text.strip() + "' không phải ngày (dd/mm/yyyy)";
    }

    /**
     * The date typed in {@code field}, null when left empty; a text that is no date is refused as a service refuses a
     * field, so the form that catches the service's refusals shows it in place the same way.
     */
    public static LocalDate field(String field, String text) {
        if (unreadable(text)) {
            throw new ServiceRefusal("portal", new Problem(400, "unreadable-date", "Thông tin chưa hợp lệ", null,
                    List.of(new Problem.FieldIssue(field, unreadableMessage(text), null, null))));
        }
        return read(text).orElse(null);
    }

    /** A date as the date field shows it: dd/mm/yyyy. */
    public static String shown(LocalDate date) {
        return date == null ? null : SHOWN.format(date);
    }
}
