package vn.dvk.evaluation.scoring.domain;

import java.time.Instant;
import java.util.List;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;

/** An inspection team's scoring of a model in a round, with its verdict. */
public record Evaluation(String id, String modelId, String unitPath, int year, InspectionRound round, String planId,
                         String teamId, List<ModelEvaluated.Score> scores, double totalScore, boolean recognized,
                         List<SelfAssessmentFiled.Indicator> indicators, String reason, String evaluatedBy,
                         Instant evaluatedAt) {

    /**
     * The id of a model's year-end evaluation: one per model and year, so the store's unique {@code _id} refuses a
     * second verdict.
     */
    public static String yearEndIdOf(String modelId, int year) {
        return modelId + ":year-end:" + year;
    }
}
