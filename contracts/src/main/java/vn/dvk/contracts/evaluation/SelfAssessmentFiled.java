package vn.dvk.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The model's unit filed a self-assessment (tự đánh giá) for a 3- or 6-month period; the first one marks an
 * approved model as being implemented.
 */
public record SelfAssessmentFiled(String selfAssessmentId, String modelId, String unitPath, int year,
                                  LocalDate periodStart, LocalDate periodEnd, int progressPercent,
                                  List<Indicator> indicators, String difficulties, String proposals,
                                  String filedBy, Instant occurredAt) {

    /** A measured result, e.g. {@code INCOME_VND_PER_YEAR = 1_000_000_000}. */
    public record Indicator(String code, double value, String unit) {
    }
}
