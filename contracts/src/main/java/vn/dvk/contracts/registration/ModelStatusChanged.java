package vn.dvk.contracts.registration;

import java.time.Instant;
import vn.dvk.contracts.catalog.ModelStatus;

/**
 * A model moved from one status to another. Emitted for every transition, including those caused by a decision
 * event of evaluation-service, whose id is {@code causedByEventId}. {@code previousUnitPath} is set when the change
 * that caused the transition also moved the model to another unit (an edit that resubmitted a returned model into
 * another unit): the path it left; null otherwise.
 */
public record ModelStatusChanged(ModelSnapshot model, ModelStatus from, ModelStatus to, String reason,
                                 String decidedBy, String causedByEventId, Instant occurredAt,
                                 String previousUnitPath) {

    /** A transition of a model that stays in its unit. */
    public ModelStatusChanged(ModelSnapshot model, ModelStatus from, ModelStatus to, String reason, String decidedBy,
                              String causedByEventId, Instant occurredAt) {
        this(model, from, to, reason, decidedBy, causedByEventId, occurredAt, null);
    }
}
