package vn.dvk.portal.evaluation.adapter;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.portal.evaluation.domain.Evaluation;
import vn.dvk.portal.evaluation.domain.EvaluationDraft;
import vn.dvk.portal.evaluation.domain.EvaluationRecords;
import vn.dvk.portal.evaluation.domain.SelfAssessmentDraft;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.adapter.FormDates;
import vn.dvk.portal.shared.adapter.PathIds;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/**
 * The forms on a model's page that evaluation-service decides: a review, a self-assessment, an evaluation. The answer
 * goes back to the model's page; a refusal with field messages is shown beside the form's fields there, any other
 * refusal (a role that may not act) as the refusal page.
 */
@Controller
class ModelDecisionsController {

    private static final String[] CRITERIA = {"PRACTICAL_EFFECTIVE", "SUSTAINABLE", "REPLICABLE", "ENGAGES_PEOPLE",
            "HONEST"};

    private final EvaluationRecords evaluation;

    ModelDecisionsController(EvaluationRecords evaluation) {
        this.evaluation = evaluation;
    }

    @PostMapping("/models/{id}/reviews")
    String review(@ModelAttribute("official") Official official, @PathVariable String id,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  RedirectAttributes next) {
        try {
            evaluation.decide(id, decision, reason, official.name());
            next.addFlashAttribute("notice", "Đã ghi quyết định xét duyệt. Trạng thái mô hình sẽ cập nhật sau ít giây.");
        } catch (ServiceRefusal refusal) {
            keepFieldProblem(refusal, "reviewProblem", next);
        }
        return "redirect:/models/" + id;
    }

    /** Cancels the review in force entered by mistake; the submission awaits a review again. */
    @PostMapping("/models/{id}/reviews/cancellation")
    String cancelReview(@PathVariable String id, @RequestParam(required = false) String reviewId,
                        @RequestParam(required = false) String reason, RedirectAttributes next) {
        try {
            evaluation.cancelReview(PathIds.composedKey(reviewId), reason);
            next.addFlashAttribute("notice", "Đã hủy quyết định xét duyệt. Mô hình chờ xét duyệt lại.");
        } catch (ServiceRefusal refusal) {
            keepFieldProblem(refusal, "reviewCancellationProblem", next);
        }
        return "redirect:/models/" + PathIds.checked(id);
    }

    @PostMapping("/models/{id}/self-assessments")
    String selfAssess(@ModelAttribute("official") Official official, @PathVariable String id,
                      @RequestParam(required = false) String periodStart,
                      @RequestParam(required = false) String periodEnd,
                      @RequestParam(required = false) Integer progressPercent,
                      @RequestParam(required = false) String difficulties,
                      @RequestParam(required = false) String proposals, RedirectAttributes next) {
        try {
            evaluation.file(new SelfAssessmentDraft(id, FormDates.field("periodStart", periodStart),
                    FormDates.field("periodEnd", periodEnd), progressPercent, List.of(),
                    difficulties, proposals, official.name()));
            next.addFlashAttribute("notice", "Đã gửi báo cáo tự đánh giá.");
        } catch (ServiceRefusal refusal) {
            keepFieldProblem(refusal, "selfAssessmentProblem", next);
        }
        return "redirect:/models/" + id;
    }

    @PostMapping("/models/{id}/evaluations")
    String evaluate(@ModelAttribute("official") Official official, @PathVariable String id,
                    @RequestParam(required = false) String round, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) String planId,
                    @RequestParam(required = false) List<Double> scores,
                    @RequestParam(required = false) Boolean recognized,
                    @RequestParam(required = false) String reason, RedirectAttributes next) {
        List<Evaluation.Score> given = new ArrayList<>();
        for (int i = 0; i < CRITERIA.length; i++) {
            Double score = scores != null && i < scores.size() ? scores.get(i) : null;
            given.add(new Evaluation.Score(CRITERIA[i], score, null, null));
        }
        try {
            evaluation.evaluate(new EvaluationDraft(id, round, year,
                    planId == null || planId.isBlank() ? null : planId.strip(), given, Boolean.TRUE.equals(recognized),
                    reason == null || reason.isBlank() ? null : reason.strip(), official.name()));
            next.addFlashAttribute("notice", "Đã ghi kết quả đánh giá.");
        } catch (ServiceRefusal refusal) {
            keepFieldProblem(refusal, "evaluationProblem", next);
        }
        return "redirect:/models/" + id;
    }

    /** Cancels an evaluation entered by mistake; a cancelled year-end verdict takes the recognition back. */
    @PostMapping("/models/{id}/evaluations/cancellation")
    String cancelEvaluation(@PathVariable String id, @RequestParam(required = false) String evaluationId,
                            @RequestParam(required = false) String reason, RedirectAttributes next) {
        String evaluationKey = PathIds.composedKey(evaluationId);
        next.addFlashAttribute("evaluationCorrectionForm", "cancellation-" + evaluationKey);
        try {
            evaluation.cancelEvaluation(evaluationKey, reason);
            next.addFlashAttribute("notice", "Đã hủy kết quả đánh giá. Trạng thái mô hình sẽ cập nhật sau ít giây.");
        } catch (ServiceRefusal refusal) {
            keepFieldProblem(refusal, "evaluationCorrectionProblem", next);
        }
        return "redirect:/models/" + PathIds.checked(id);
    }

    /** Replaces a year-end verdict entered by mistake by the other one. */
    @PostMapping("/models/{id}/evaluations/correction")
    String correctVerdict(@PathVariable String id, @RequestParam(required = false) String evaluationId,
                          @RequestParam(required = false) Boolean recognized,
                          @RequestParam(required = false) String reason, RedirectAttributes next) {
        String evaluationKey = PathIds.composedKey(evaluationId);
        next.addFlashAttribute("evaluationCorrectionForm", "correction-" + evaluationKey);
        try {
            evaluation.correctVerdict(evaluationKey, Boolean.TRUE.equals(recognized), reason);
            next.addFlashAttribute("notice", "Đã đính chính kết luận công nhận. Trạng thái mô hình sẽ cập nhật sau"
                    + " ít giây.");
        } catch (ServiceRefusal refusal) {
            keepFieldProblem(refusal, "evaluationCorrectionProblem", next);
        }
        return "redirect:/models/" + PathIds.checked(id);
    }

    /** Refusals about the input go back to the form; refusals of the official (403, 404) are the refusal page. */
    private static void keepFieldProblem(ServiceRefusal refusal, String attribute, RedirectAttributes next) {
        Problem problem = refusal.problem();
        if (problem.status() == 403 || problem.status() == 404) {
            throw refusal;
        }
        next.addFlashAttribute(attribute, problem);
    }
}
