package vn.dvk.reporting.award.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Awards of a unit's subtree in a year: how many, by form and by recipient type, and their money. */
public record AwardStatistics(String unit, int year, int total, long amount, Map<String, Integer> byForm,
                              Map<String, Integer> byRecipientType) {

    public static AwardStatistics of(String unit, int year, List<AwardRecord> awards) {
        Map<String, Integer> byForm = new TreeMap<>();
        Map<String, Integer> byRecipientType = new TreeMap<>(Map.of("COLLECTIVE", 0, "INDIVIDUAL", 0,
                "HOUSEHOLD", 0));
        for (AwardRecord award : awards) {
            byForm.merge(award.formCode(), 1, Integer::sum);
            byRecipientType.merge(award.recipientType(), 1, Integer::sum);
        }
        return new AwardStatistics(unit, year, awards.size(), awards.stream().mapToLong(AwardRecord::amount).sum(),
                byForm, byRecipientType);
    }
}
