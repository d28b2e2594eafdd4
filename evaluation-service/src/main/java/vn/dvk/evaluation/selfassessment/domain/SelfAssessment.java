package vn.dvk.evaluation.selfassessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.platform.domain.Rejection;

/** A unit's self-assessment (tự đánh giá) of its model for a period: progress, figures, difficulties, proposals. */
public record SelfAssessment(String id, String modelId, String unitPath, int year, LocalDate periodStart,
                             LocalDate periodEnd, int progressPercent, List<SelfAssessmentFiled.Indicator> indicators,
                             String difficulties, String proposals, String filedBy, Instant filedAt) {

    /** Only a model being implemented is assessed, and only for dates inside its implementation time. */
    public static void check(ModelView model, LocalDate periodStart, LocalDate periodEnd) {
        if (!model.isActive()) {
            throw Rejection.unprocessable("not-assessable", "modelId", "Mô hình '" + model.id()
                    + "' đang ở trạng thái '" + model.status().label()
                    + "'; chỉ tự đánh giá mô hình đã phê duyệt hoặc đang triển khai.");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw Rejection.unprocessable("dates-reversed", "periodEnd",
                    "Ngày kết thúc kỳ đánh giá phải sau ngày bắt đầu.");
        }
        if (model.startDate() != null && periodStart.isBefore(model.startDate())) {
            throw Rejection.unprocessable("period-outside-model", "periodStart",
                    "Kỳ đánh giá bắt đầu trước ngày bắt đầu thực hiện mô hình (" + model.startDate() + ").");
        }
    }
}
