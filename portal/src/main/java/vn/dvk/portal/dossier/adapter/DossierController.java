package vn.dvk.portal.dossier.adapter;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvk.portal.evaluation.domain.EvaluationRecords;
import vn.dvk.portal.evaluation.domain.InspectionPlan;
import vn.dvk.portal.model.domain.ModelRegistry;

/**
 * A model's page: what was registered, its history (who, when, why), the Steering Committee's reviews, the unit's
 * self-assessments, the inspection plans that target it and the evaluations, with the actions the official's roles
 * suggest; the evaluation form offers the plans to cite, the one under which the model was inspected first (or the
 * one the plan's page came from, {@code planId}).
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
    String dossier(@PathVariable String id, @RequestParam(required = false) String planId, Model page) {
        var model = models.get(id);
        page.addAttribute("model", model);
        page.addAttribute("history", models.history(id));
        page.addAttribute("reviews", evaluation.reviewsOf(id));
        page.addAttribute("selfAssessments", evaluation.selfAssessmentsOf(id));
        page.addAttribute("evaluations", evaluation.evaluationsOf(id));
        List<InspectionPlan> plans = model.isPastApproval()
                ? evaluation.inspectionPlans(model.unitCode(), model.year()).stream()
                        .filter(plan -> plan.targetsModel(model.id())).toList()
                : List.of();
        page.addAttribute("plans", plans);
        page.addAttribute("chosenPlanId", planId != null ? planId
                : plans.stream().filter(plan -> plan.inspectedModel(model.id())).map(plan -> plan.plan().id())
                        .findFirst().orElse(null));
        if (model.replicatedFrom() != null) {
            page.addAttribute("replicatedFromId", model.replicatedFrom());
        }
        return "models/dossier";
    }
}
