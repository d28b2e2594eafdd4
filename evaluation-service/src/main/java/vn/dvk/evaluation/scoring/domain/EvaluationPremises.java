package vn.dvk.evaluation.scoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.platform.domain.Rejection;

/**
 * The steps an evaluation comes after (seed 001 §V), each a rule of its own: the model is being implemented in the
 * year evaluated, the plan it cites exists and targets it, and a year-end verdict has the evidence its campaign
 * requires. Each refusal names its field and its reason, and nothing is stored.
 */
public final class EvaluationPremises {

    private EvaluationPremises() {
    }

    /** The plan an evaluation cites, as far as the rules need it. */
    public record CitedPlan(String id, int year, InspectionRound round, boolean targetsModel,
                            boolean modelInspected) {
    }

    /** A self-assessment period the model owed by the evaluation day and did not file. */
    public record MissingPeriod(LocalDate start, LocalDate end) {
    }

    /**
     * The year evaluated lies within the model's implementation (from its registration year or start, to its end)
     * and has begun.
     */
    public static void requireYearOfModel(ModelView model, int year, LocalDate today) {
        if (year > today.getYear()) {
            throw Rejection.unprocessable("year-in-future", "year", "Năm đánh giá " + year
                    + " chưa đến; chỉ đánh giá kết quả của năm đã hoặc đang thực hiện.");
        }
        if (!model.isImplementedIn(year)) {
            int first = model.firstYear();
            int last = model.lastYear();
            throw Rejection.unprocessable("year-outside-model", "year", "Mô hình '" + model.id()
                    + "' thực hiện trong " + (first == last ? "năm " + first : "các năm " + first + "–" + last)
                    + "; không đánh giá kết quả năm " + year + ".");
        }
    }

    /** A cited plan exists (here: {@code plan} is null when it does not), is of the year and targets the model. */
    public static void requirePlanOfModel(String planId, CitedPlan plan, String modelId, int year) {
        if (plan == null) {
            throw Rejection.unprocessable("unknown-plan", "planId", "Không có kế hoạch kiểm tra mã '" + planId
                    + "'.");
        }
        if (plan.year() != year) {
            throw Rejection.unprocessable("plan-of-another-year", "planId", "Kế hoạch kiểm tra '" + planId
                    + "' là kế hoạch năm " + plan.year() + ", không phải năm " + year + " được đánh giá.");
        }
        if (!plan.targetsModel()) {
            throw Rejection.unprocessable("plan-not-targeting-model", "planId", "Kế hoạch kiểm tra '" + planId
                    + "' không có mô hình '" + modelId + "' trong danh sách đối tượng kiểm tra.");
        }
    }

    /**
     * A year-end verdict has what its campaign requires: an inspection of the model recorded under the plan it cites
     * ({@code plan} null when it cites none), and the self-assessments the model owed in the year up to the
     * evaluation day (at least one).
     */
    public static void requireYearEndEvidence(Set<YearEndEvidence> required, CitedPlan plan,
                                              List<MissingPeriod> missingPeriods, boolean anySelfAssessmentFiled) {
        if (required.contains(YearEndEvidence.INSPECTION)) {
            if (plan == null) {
                throw Rejection.unprocessable("plan-required", "planId", "Đánh giá cuối năm phải nêu kế hoạch kiểm"
                        + " tra mà đoàn kiểm tra thực hiện.");
            }
            if (!plan.modelInspected()) {
                throw Rejection.unprocessable("inspection-missing", "planId", "Chưa có biên bản kiểm tra mô hình"
                        + " theo kế hoạch '" + plan.id() + "'; đánh giá cuối năm sau khi kiểm tra.");
            }
        }
        if (required.contains(YearEndEvidence.SELF_ASSESSMENTS)) {
            if (!missingPeriods.isEmpty()) {
                throw Rejection.unprocessable("self-assessment-missing", "modelId", "Đơn vị chưa nộp bản tự đánh"
                        + " giá các kỳ " + missingPeriods.stream().map(p -> p.start() + " – " + p.end())
                        .collect(Collectors.joining(", ")) + "; đánh giá cuối năm sau khi có đủ tự đánh giá.");
            }
            if (!anySelfAssessmentFiled) {
                throw Rejection.unprocessable("self-assessment-missing", "modelId", "Đơn vị chưa nộp bản tự đánh"
                        + " giá nào của mô hình trong năm; đánh giá cuối năm sau khi có tự đánh giá.");
            }
        }
    }
}
