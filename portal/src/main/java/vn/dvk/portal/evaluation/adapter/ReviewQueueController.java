package vn.dvk.portal.evaluation.adapter;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.portal.evaluation.domain.EvaluationRecords;
import vn.dvk.portal.model.domain.ModelQuery;
import vn.dvk.portal.model.domain.ModelRegistry;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/**
 * The Steering Committee's queue: registrations waiting in the official's subtree, decided one at a time or several
 * with one decision and reason. Each decision is the service's; one refused does not stop the others, and the page
 * says which went through.
 */
@Controller
class ReviewQueueController {

    private static final int QUEUE_SIZE = 50;

    private final ModelRegistry models;
    private final EvaluationRecords evaluation;

    ReviewQueueController(ModelRegistry models, EvaluationRecords evaluation) {
        this.models = models;
        this.evaluation = evaluation;
    }

    /** How one decision of a batch went. */
    public record Outcome(String modelId, String modelName, boolean decided, String message) {
    }

    @GetMapping("/reviews")
    String queue(@ModelAttribute("official") Official official, @RequestParam(defaultValue = "0") int page,
                 Model view) {
        view.addAttribute("waiting", models.find(new ModelQuery(official.unitCode(), null, null, null, null, null,
                List.of("REGISTERED"), null, page, QUEUE_SIZE)));
        return "reviews/queue";
    }

    @PostMapping("/reviews")
    String decide(@ModelAttribute("official") Official official,
                  @RequestParam(name = "modelId", required = false) List<String> modelIds,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  RedirectAttributes next) {
        List<Outcome> outcomes = new ArrayList<>();
        if (modelIds == null || modelIds.isEmpty()) {
            next.addFlashAttribute("queueMessage", "Hãy chọn ít nhất một mô hình.");
            return "redirect:/reviews";
        }
        for (String modelId : modelIds) {
            String name = models.get(modelId).name();
            try {
                evaluation.decide(modelId, decision, reason, official.name());
                outcomes.add(new Outcome(modelId, name, true, "đã ghi quyết định"));
            } catch (ServiceRefusal refusal) {
                if (refusal.status() == 403) {
                    throw refusal;
                }
                var problem = refusal.problem();
                String message = problem.errors().isEmpty()
                        ? (problem.detail() != null ? problem.detail() : problem.title())
                        : problem.errors().get(0).message();
                outcomes.add(new Outcome(modelId, name, false, message));
            }
        }
        next.addFlashAttribute("outcomes", outcomes);
        return "redirect:/reviews";
    }
}
