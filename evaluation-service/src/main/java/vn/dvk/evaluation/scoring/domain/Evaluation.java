package vn.dvk.evaluation.scoring.domain;

import java.time.Instant;
import java.util.List;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.shared.domain.Correction;

/**
 * An inspection team's scoring of a model in a round, with its verdict; {@code correction} is how its level corrected
 * or cancelled it later (null while it stands as entered).
 */
public record Evaluation(String id, String modelId, String unitPath, int year, InspectionRound round, String planId,
                         String teamId, List<ModelEvaluated.Score> scores, double totalScore, boolean recognized,
                         List<SelfAssessmentFiled.Indicator> indicators, String reason, String evaluatedBy,
                         Instant evaluatedAt, Correction correction, long version) {

    /**
     * The id of a model's year-end evaluation: one per model and year, so the store's unique {@code _id} refuses a
     * second verdict; once a verdict is cancelled the next one is numbered after it.
     */
    public static String yearEndIdOf(String modelId, int year, int cancelledBefore) {
        String id = modelId + ":year-end:" + year;
        return cancelledBefore == 0 ? id : id + ":" + (cancelledBefore + 1);
    }

    /** This evaluation as stored at {@code storedVersion}. */
    public Evaluation at(long storedVersion) {
        return new Evaluation(id, modelId, unitPath, year, round, planId, teamId, scores, totalScore, recognized,
                indicators, reason, evaluatedBy, evaluatedAt, correction, storedVersion);
    }

    public boolean isCancelled() {
        return correction != null && correction.cancels();
    }

    /**
     * This evaluation as its level corrected it: the verdict {@code recognizedNow}, or cancelled. It keeps the version
     * the correction was decided on, so that the store refuses it when another correction was stored meanwhile.
     */
    public Evaluation with(boolean recognizedNow, Correction by) {
        return new Evaluation(id, modelId, unitPath, year, round, planId, teamId, scores, totalScore, recognizedNow,
                indicators, reason, evaluatedBy, evaluatedAt, by, version);
    }
}
