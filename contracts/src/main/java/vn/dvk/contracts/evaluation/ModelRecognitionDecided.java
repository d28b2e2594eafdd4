package vn.dvk.contracts.evaluation;

import java.time.Instant;

/**
 * The year-end evaluation recognised a model (công nhận) or not. {@code modelVersion} is the version of the model the
 * evaluation was made on (absent in events published before it was added).
 */
public record ModelRecognitionDecided(String evaluationId, String modelId, String unitPath, int year,
                                      boolean recognized, double totalScore, String reason, String decidedBy,
                                      Instant occurredAt, Long modelVersion) {
}
