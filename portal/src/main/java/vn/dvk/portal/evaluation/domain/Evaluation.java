package vn.dvk.portal.evaluation.domain;

import java.time.Instant;
import java.util.List;

/**
 * An evaluation with its criteria scores and, at year end, the verdict on recognition; the plan whose inspection it
 * cites, and how its level corrected or cancelled it (null while it stands as entered).
 */
public record Evaluation(String id, String modelId, int year, String round, String planId, List<Score> scores,
                         double totalScore, boolean recognized, String reason, String evaluatedBy,
                         Instant evaluatedAt, Correction correction) {

    /** One criterion's score, the weight it counted with and the evaluator's comment. */
    public record Score(String criterion, Double score, Double weight, String comment) {
    }

    public boolean isCancelled() {
        return correction != null && correction.cancels();
    }

    public boolean isYearEnd() {
        return "YEAR_END".equals(round);
    }
}
