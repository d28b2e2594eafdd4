package vn.dvk.registration.model.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.ModelStatus;

/**
 * One entry of a model's history: what happened, who did it, when and why. {@code sequence} is the
 * {@code ce_sequence} of the event that announced it (with the model id it identifies the event on the topic);
 * {@code causedByEventId} is the id of the evaluation-service event that caused it, if any.
 */
public record Transition(String action, ModelStatus from, ModelStatus to, String reason, String by, Instant at,
                         long sequence, String eventType, String causedByEventId) {
}
