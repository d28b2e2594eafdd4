package vn.dvk.award.catalogue.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import vn.dvk.contracts.catalog.RecipientType;

/**
 * The money of a form while one legal document is in force: a coefficient of the base salary per recipient type,
 * rounded up to {@code roundUpTo} đồng, as {@code basis} (decree and article) states, from {@code from} to {@code to}
 * (inclusive; null: still in force).
 */
public record RewardScale(LocalDate from, LocalDate to, Map<RecipientType, BigDecimal> coefficients, long roundUpTo,
                          String basis) {

    public RewardScale {
        coefficients = Map.copyOf(coefficients);
    }

    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
