package vn.dvk.registration.model.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.ModelStatus;

/**
 * One entry of a model's history: what happened, who did it, when and why. {@code sequence} and {@code eventId} are the
 * {@code ce_sequence} and {@code ce_id} of the event that announces it; {@code causedByEventId} is the id of the
 * evaluation-service event that caused it, if any.
 */
public record Transition(String action, ModelStatus from, ModelStatus to, String reason, String by, Instant at,
                         long sequence, String eventType, String eventId, String causedByEventId) {
}
