package vn.dvk.contracts.evaluation;

import java.time.Instant;
import vn.dvk.contracts.catalog.ReviewDecision;

/**
 * The Steering Committee approved, returned or rejected a model's registration. {@code modelVersion} is the version
 * of the model the committee decided on (absent in events published before it was added).
 */
public record ReviewDecided(String reviewId, String modelId, String unitPath, ReviewDecision decision,
                            String reason, String reviewer, Instant occurredAt, Long modelVersion) {
}
