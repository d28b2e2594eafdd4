package vn.dvk.portal.evaluation.domain;

import java.time.Instant;

/** How the deciding level corrected or cancelled a record (ADR 0013): what, why, who and when. */
public record Correction(String action, String reason, String correctedBy, Instant correctedAt) {

    public boolean cancels() {
        return "CANCELLED".equals(action);
    }
}
