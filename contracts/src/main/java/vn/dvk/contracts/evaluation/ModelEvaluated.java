package vn.dvk.contracts.evaluation;

import java.time.Instant;
import java.util.List;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.contracts.catalog.InspectionRound;

/**
 * An inspection team scored a model against the criteria (each 0-10, weighted); {@code recognized} is the verdict
 * (for a YEAR_END evaluation it is followed by {@link ModelRecognitionDecided}).
 */
public record ModelEvaluated(String evaluationId, String modelId, String unitPath, int year, InspectionRound round,
                             String planId, String teamId, List<Score> scores, double totalScore,
                             boolean recognized, List<SelfAssessmentFiled.Indicator> indicators, String evaluatedBy,
                             Instant occurredAt) {

    /** One criterion's score with its weight and the team's comment. */
    public record Score(Criterion criterion, double score, double weight, String comment) {
    }
}
