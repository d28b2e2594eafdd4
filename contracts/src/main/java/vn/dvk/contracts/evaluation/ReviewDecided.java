package vn.dvk.contracts.evaluation;

import java.time.Instant;
import vn.dvk.contracts.catalog.ReviewDecision;

/** The Steering Committee approved, returned or rejected a model's registration. */
public record ReviewDecided(String reviewId, String modelId, String unitPath, ReviewDecision decision,
                            String reason, String reviewer, Instant occurredAt) {
}
