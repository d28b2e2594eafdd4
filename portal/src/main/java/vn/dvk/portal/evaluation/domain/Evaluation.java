package vn.dvk.portal.evaluation.domain;

import java.time.Instant;
import java.util.List;

/** An evaluation with its criteria scores and, at year end, the verdict on recognition. */
public record Evaluation(String id, String modelId, int year, String round, List<Score> scores, double totalScore,
                         boolean recognized, String reason, String evaluatedBy, Instant evaluatedAt) {

    /** One criterion's score, the weight it counted with and the evaluator's comment. */
    public record Score(String criterion, Double score, Double weight, String comment) {
    }
}
