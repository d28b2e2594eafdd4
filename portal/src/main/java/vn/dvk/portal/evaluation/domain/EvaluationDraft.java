package vn.dvk.portal.evaluation.domain;

import java.util.List;

/**
 * What the Steering Committee records as an evaluation: the plan whose team inspected the model (a year-end verdict
 * needs it), a score for every criterion and the verdict.
 */
public record EvaluationDraft(String modelId, String round, Integer year, String planId,
                              List<Evaluation.Score> scores, Boolean recognized, String reason, String evaluatedBy) {
}
