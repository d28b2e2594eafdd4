package vn.dvk.portal.evaluation.domain;

import java.util.List;

/** What the Steering Committee records as an evaluation: a score for every criterion and the verdict. */
public record EvaluationDraft(String modelId, String round, Integer year, List<Evaluation.Score> scores,
                              Boolean recognized, String reason, String evaluatedBy) {
}
