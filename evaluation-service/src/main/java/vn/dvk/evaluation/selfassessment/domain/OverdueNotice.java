package vn.dvk.evaluation.selfassessment.domain;

import java.time.Instant;
import java.time.LocalDate;

/** That a model's self-assessment for one period was announced overdue; its id makes that happen once only. */
public record OverdueNotice(String id, String modelId, String unitPath, int periodIndex, LocalDate periodStart,
                            LocalDate periodEnd, LocalDate dueDate, Instant publishedAt) {

    /** One notice per model and period. */
    public static String idOf(String modelId, int periodIndex) {
        return modelId + "#" + periodIndex;
    }
}
