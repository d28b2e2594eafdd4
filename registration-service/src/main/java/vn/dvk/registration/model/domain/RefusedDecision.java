package vn.dvk.registration.model.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.ModelStatus;

/**
 * A decision event of evaluation-service that the registry could not apply: the lifecycle forbade it, or the model
 * is not in the registry ({@code statusAtArrival} is then null).
 */
public record RefusedDecision(String eventId, String type, String modelId, String unitPath,
                              ModelStatus statusAtArrival, String reason, String source, Instant rejectedAt) {
}
