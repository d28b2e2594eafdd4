package vn.dvk.contracts.registration;

import java.time.Instant;
import vn.dvk.contracts.catalog.ModelStatus;

/**
 * A model moved from one status to another. Emitted for every transition, including those caused by a decision
 * event of evaluation-service, whose id is {@code causedByEventId}.
 */
public record ModelStatusChanged(ModelSnapshot model, ModelStatus from, ModelStatus to, String reason,
                                 String decidedBy, String causedByEventId, Instant occurredAt) {
}
