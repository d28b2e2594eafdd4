package vn.dvk.portal.shared.adapter;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.Catalogs;
import vn.dvk.contracts.catalog.CodeLabel;

/**
 * How pages write dates, numbers and codes for Vietnamese readers ({@code ${@fmt.date(...)}} in templates): dates as
 * dd/mm/yyyy in Asia/Ho_Chi_Minh, numbers with "." between thousands and "," before decimals, codes as their labels.
 */
@Component("fmt")
public class Formats {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The Vietnamese label of a code in one of the shared catalogues ({@code field}, {@code status}, …). */
    public String label(String catalog, Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> constant ? constant.name() : code.toString();
        return Optional.ofNullable(Catalogs.all().get(catalog)).flatMap(codes -> codes.stream()
                .filter(entry -> entry.name().equals(name)).map(CodeLabel::label).findFirst()).orElse(name);
    }

    /** The codes of one catalogue with their labels, for the options of a select. */
    public java.util.List<CodeLabel> options(String catalog) {
        return Catalogs.all().getOrDefault(catalog, java.util.List.of());
    }
}
