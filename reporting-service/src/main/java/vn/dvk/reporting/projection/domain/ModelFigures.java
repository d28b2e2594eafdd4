package vn.dvk.reporting.projection.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import vn.dvk.contracts.registration.ModelSnapshot;

/**
 * A model as the read model knows it, with the result indicators its self-assessments and evaluations recorded
 * (code to value and unit) and the score of its latest evaluation still standing.
 */
public record ModelFigures(ModelSnapshot model, Map<String, Figure> indicators, Double totalScore) {

    /** A measured value with its unit. */
    public record Figure(double value, String unit) {
    }

    /** The total an evaluation gave the model, kept by the evaluation's id until its level cancels it. */
    public record Score(String evaluationId, double totalScore, Instant evaluatedAt) {
    }

    /** The total of the latest of the scores (by when evaluated, then by id), null when none stands. */
    public static Double latest(Collection<Score> scores) {
        return scores.stream()
                .max(Comparator.comparing(Score::evaluatedAt).thenComparing(Score::evaluationId))
                .map(Score::totalScore)
                .orElse(null);
    }
}
