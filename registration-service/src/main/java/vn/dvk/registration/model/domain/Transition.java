package vn.dvk.registration.model.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.ModelStatus;

/**
 * One entry of a model's history: what happened, who did it, when and why. {@code sequence} and {@code eventId} are the
 * {@code ce_sequence} and {@code ce_id} of the event that announces it; {@code causedByEventId} is the id of the
 * evaluation-service event that caused it, if any; {@code previousUnitPath} is the path of the unit the change moved
 * the model away from (an edit into another unit, and the resubmission that edit caused), null otherwise.
 */
public record Transition(String action, ModelStatus from, ModelStatus to, String reason, String by, Instant at,
                         long sequence, String eventType, String eventId, String causedByEventId,
                         String previousUnitPath) {

    /** A change that kept the model in its unit. */
    public Transition(String action, ModelStatus from, ModelStatus to, String reason, String by, Instant at,
                      long sequence, String eventType, String eventId, String causedByEventId) {
        this(action, from, to, reason, by, at, sequence, eventType, eventId, causedByEventId, null);
    }
}
