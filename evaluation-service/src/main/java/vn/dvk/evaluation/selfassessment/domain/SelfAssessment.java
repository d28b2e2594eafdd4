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

    /**
     * The id of a model's self-assessment of a period: one per model and period, so the store's unique {@code _id}
     * refuses the same period filed twice.
     */
    public static String idOf(String modelId, LocalDate periodStart, LocalDate periodEnd) {
        return modelId + ":" + periodStart + ":" + periodEnd;
    }

    /**
     * Only a model being implemented is assessed, only for a period inside its implementation time that has ended
     * by {@code today}, and only for a period of its schedule (3 months, or the 6 months that close a half-year)
     * unless the unit files it explicitly ad hoc.
     */
    public static void check(ModelView model, LocalDate periodStart, LocalDate periodEnd, boolean adHoc,
                             LocalDate today) {
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
        if (model.endDate() != null && periodEnd.isAfter(model.endDate())) {
            throw Rejection.unprocessable("period-outside-model", "periodEnd",
                    "Kỳ đánh giá kết thúc sau ngày kết thúc thực hiện mô hình (" + model.endDate() + ").");
        }
        if (periodEnd.isAfter(today)) {
            throw Rejection.unprocessable("period-in-future", "periodEnd",
                    "Kỳ đánh giá chưa kết thúc; chỉ tự đánh giá kỳ đã qua (hôm nay là " + today + ").");
        }
        if (!adHoc && model.startDate() != null && model.endDate() != null
                && !SelfAssessmentSchedule.isScheduled(model.startDate(), model.endDate(), periodStart, periodEnd)) {
            throw Rejection.unprocessable("period-not-scheduled", "periodStart", "Kỳ " + periodStart + " – "
                    + periodEnd + " không phải kỳ tự đánh giá 3 tháng hay 6 tháng của mô hình (các kỳ tính từ ngày "
                    + model.startDate() + "); kỳ đột xuất phải ghi rõ adHoc.");
        }
    }
}
