package vn.dvk.contracts.evaluation;

import java.time.Instant;

/** The year-end evaluation recognised a model (công nhận) or not. */
public record ModelRecognitionDecided(String evaluationId, String modelId, String unitPath, int year,
                                      boolean recognized, double totalScore, String reason, String decidedBy,
                                      Instant occurredAt) {
}
