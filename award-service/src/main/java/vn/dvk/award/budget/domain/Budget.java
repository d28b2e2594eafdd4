package vn.dvk.award.budget.domain;

import java.util.List;
import java.util.Map;

/**
 * The money of an issuing unit's granted awards in a year, against its fund: every line, totals by form and by
 * recipient type, and a warning when the fund is exceeded (null when no fund is configured).
 */
public record Budget(String issuer, int year, Long fund, String fundBasis, long total, Map<String, Long> byForm,
                     Map<String, Long> byRecipientType, List<Line> lines, List<String> warnings) {

    /** One granted recipient with the decision and the arithmetic behind its amount. */
    public record Line(String proposalId, String decisionNumber, java.time.LocalDate decisionDate, String formCode,
                       String recipientType, String name, java.math.BigDecimal coefficient, long baseSalary,
                       long amount, String basis) {
    }
}
