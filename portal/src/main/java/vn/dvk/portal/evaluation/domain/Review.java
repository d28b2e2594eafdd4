package vn.dvk.portal.evaluation.domain;

import java.time.Instant;
import java.util.Map;

/**
 * The Steering Committee's decision on one submission of a model, and its cancellation when the committee took it
 * back (null while it stands).
 */
public record Review(String id, String modelId, String decision, String reason, String reviewer, Instant decidedAt,
                     Correction correction) {

    /** The model's status each decision leads to. */
    private static final Map<String, String> OUTCOMES = Map.of("APPROVE", "APPROVED", "RETURN", "RETURNED",
            "REJECT", "REJECTED");

    public boolean isCancelled() {
        return correction != null && correction.cancels();
    }

    /** Whether this decision still stands and is what the model's status shows: the one that may be cancelled. */
    public boolean inForceFor(String modelStatus) {
        return !isCancelled() && OUTCOMES.getOrDefault(decision, "").equals(modelStatus);
    }
}
