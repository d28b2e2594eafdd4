package vn.dvk.evaluation.review.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.evaluation.shared.domain.Correction;
import vn.dvk.platform.domain.Rejection;

/**
 * A Steering Committee decision on one submission (model version) of a registration; {@code correction} is its
 * cancellation by its level (null while it stands).
 */
public record Review(String id, String modelId, long modelVersion, String unitPath, ReviewDecision decision,
                     String reason, String reviewer, Instant decidedAt, Correction correction) {

    /** The status a decision moves the submitted model to. */
    public static ModelStatus outcomeOf(ReviewDecision decision) {
        return switch (decision) {
            case APPROVE -> ModelStatus.APPROVED;
            case RETURN -> ModelStatus.RETURNED;
            case REJECT -> ModelStatus.REJECTED;
        };
    }

    /**
     * A decision is cancelled while it is the one in force: not cancelled yet, the latest on the model, and the model
     * still where it put it (once implementation started, its later steps are corrected instead); 409 otherwise.
     */
    public void requireCancellable(ModelStatus modelStatus, boolean latest) {
        if (correction != null) {
            throw Rejection.conflict("already-cancelled", "Quyết định xem xét '" + id + "' đã bị hủy.");
        }
        if (!latest || modelStatus != outcomeOf(decision)) {
            throw Rejection.conflict("review-superseded", "Quyết định xem xét '" + id + "' không còn là quyết định"
                    + " hiện hành của mô hình (trạng thái '" + modelStatus.label() + "'); không thể hủy.");
        }
    }

    public Review cancelled(Correction by) {
        return new Review(id, modelId, modelVersion, unitPath, decision, reason, reviewer, decidedAt, by);
    }

    /** One decision per submission: the key a second decision on the same submission collides on. */
    public static String decisionKey(String modelId, long modelVersion) {
        return modelId + "@" + modelVersion;
    }
}
