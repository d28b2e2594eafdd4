package vn.dvk.evaluation.shared.domain;

import java.time.Instant;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.platform.domain.Rejection;

/**
 * How a level corrected or cancelled a record it entered by mistake (issue 17): what it did, why, who and when. The
 * record keeps its original content; this is the second entry of its history.
 */
public record Correction(DecisionCorrected.Action action, String reason, String correctedBy, Instant correctedAt) {

    /** A correction says why: 400 naming {@code reason} when it does not. */
    public static String requireReason(String reason) {
        String trimmed = Texts.trimToNull(reason);
        if (trimmed == null) {
            throw Rejection.invalid("reason", "cần nêu lý do sửa, hủy");
        }
        return trimmed;
    }

    public boolean cancels() {
        return action == DecisionCorrected.Action.CANCELLED;
    }
}
