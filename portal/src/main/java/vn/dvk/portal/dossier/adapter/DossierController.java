package vn.dvk.portal.dossier.adapter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dvk.portal.evaluation.domain.EvaluationRecords;
import vn.dvk.portal.model.domain.ModelRegistry;

/**
 * A model's page: what was registered, its history (who, when, why), the Steering Committee's reviews, the unit's
 * self-assessments and the evaluations, with the actions the official's roles suggest.
 */
@Controller
class DossierController {

    private final ModelRegistry models;
    private final EvaluationRecords evaluation;

    DossierController(ModelRegistry models, EvaluationRecords evaluation) {
        this.models = models;
        this.evaluation = evaluation;
    }

    @GetMapping("/models/{id}")
    String dossier(@PathVariable String id, Model page) {
        var model = models.get(id);
        page.addAttribute("model", model);
        page.addAttribute("history", models.history(id));
        page.addAttribute("reviews", evaluation.reviewsOf(id));
        page.addAttribute("selfAssessments", evaluation.selfAssessmentsOf(id));
        page.addAttribute("evaluations", evaluation.evaluationsOf(id));
        if (model.replicatedFrom() != null) {
            page.addAttribute("replicatedFromId", model.replicatedFrom());
        }
        return "models/dossier";
    }
}
