package vn.dvk.evaluation.review.domain;

import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.shared.domain.AlreadyDecided;
import vn.dvk.evaluation.shared.domain.CommitteeLevel;
import vn.dvk.platform.domain.Rejection;

/**
 * When the Steering Committee of an instance may decide on a registration (seed 001, step 2): a reason for every
 * return or rejection, an instance serving the model's management level or above ({@link CommitteeLevel}), and one
 * decision per submission.
 */
public final class ReviewRules {

    private ReviewRules() {
    }

    /**
     * @param scopeLevel           level of the instance's scope unit; null for the national root
     * @param decidedAtThisVersion a decision on this very submission (model version) was already published here
     */
    public static void check(ModelView model, ReviewDecision decision, String reason, UnitLevel scopeLevel,
                             boolean decidedAtThisVersion) {
        requireReason(decision, reason);
        CommitteeLevel.requireInstanceServes(model.id(), model.level(), scopeLevel);
        switch (model.status()) {
            case REGISTERED -> {
                if (decidedAtThisVersion) {
                    throw new AlreadyDecided("Mô hình '" + model.id()
                            + "' đã có quyết định xem xét cho lần đăng ký này; đang chờ cập nhật từ hệ thống đăng ký.");
                }
            }
            case RETURNED -> throw Rejection.conflict("awaiting-resubmission", "Mô hình '" + model.id()
                    + "' đã được trả lại để chỉnh sửa; chỉ xem xét lại sau khi đơn vị gửi lại.");
            case WITHDRAWN -> throw Rejection.unprocessable("not-reviewable", "modelId", "Mô hình '"
                    + model.id() + "' đã rút, không thể xem xét.");
            default -> throw new AlreadyDecided("Mô hình '" + model.id()
                    + "' đã có quyết định (trạng thái: " + model.status().label() + ").");
        }
    }

    /** A return or a rejection always says why (seed 001, step 2). */
    public static void requireReason(ReviewDecision decision, String reason) {
        if (decision != ReviewDecision.APPROVE && reason == null) {
            throw Rejection.invalid("reason", "bắt buộc khi trả lại hoặc không phê duyệt");
        }
    }
}
