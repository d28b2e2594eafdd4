package vn.dvk.evaluation.review.domain;

import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.shared.domain.AlreadyDecided;
import vn.dvk.platform.domain.Rejection;

/**
 * When the Steering Committee of an instance may decide on a registration (seed 001, step 2): a reason for every
 * return or rejection, a committee of the model's management level or above, and one decision per submission.
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
        if (!levelMayReview(scopeLevel, model.level())) {
            throw Rejection.outOfScope("level-mismatch", "modelId", "Mô hình '" + model.id() + "' là mô hình "
                    + model.level().label().toLowerCase(java.util.Locale.ROOT)
                    + "; chỉ Ban Chỉ đạo cấp quản lý mô hình (hoặc cấp trên) được xem xét.");
        }
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

    /**
     * A commune (or an agency) reviews grassroots models only, a district also district-level ones, a province and
     * the national root every level.
     */
    public static boolean levelMayReview(UnitLevel scopeLevel, ManagementLevel modelLevel) {
        if (scopeLevel == null || scopeLevel == UnitLevel.PROVINCE) {
            return true;
        }
        if (scopeLevel == UnitLevel.DISTRICT) {
            return modelLevel != ManagementLevel.PROVINCE;
        }
        return modelLevel == ManagementLevel.GRASSROOTS;
    }
}
