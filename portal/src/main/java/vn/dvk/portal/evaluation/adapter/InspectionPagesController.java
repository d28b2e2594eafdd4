package vn.dvk.portal.evaluation.adapter;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.portal.evaluation.domain.EvaluationRecords;
import vn.dvk.portal.evaluation.domain.InspectionDraft;
import vn.dvk.portal.evaluation.domain.InspectionPlan;
import vn.dvk.portal.model.domain.ModelQuery;
import vn.dvk.portal.model.domain.ModelRegistry;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.adapter.FormDates;
import vn.dvk.portal.shared.adapter.PathIds;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.unit.adapter.UnitListFilter;
import vn.dvk.portal.unit.adapter.UnitListPages;

/**
 * The inspection plans of a unit's subtree, the form that issues a plan (the models and units to inspect, one team),
 * and a plan's page with its targets, where the team's findings are recorded target by target. evaluation-service
 * decides every step (ADR 0013: a year-end evaluation cites a plan under which the model was inspected).
 */
@Controller
class InspectionPagesController {

    /** Models a plan may inspect: approved or under way in the plan's year. */
    private static final List<String> INSPECTABLE = List.of("APPROVED", "IN_PROGRESS");
    private static final int MODELS_LISTED = 200;

    private final EvaluationRecords evaluation;
    private final ModelRegistry models;
    private final UnitListPages listPages;
    private final Clock clock;

    InspectionPagesController(EvaluationRecords evaluation, ModelRegistry models, UnitListPages listPages,
                              Clock clock) {
        this.evaluation = evaluation;
        this.models = models;
        this.listPages = listPages;
        this.clock = clock;
    }

    @GetMapping("/inspections")
    String list(@ModelAttribute("official") Official official, UnitListFilter filter, Model page) {
        String unit = listPages.show(official, filter, "/inspections", page).unit().code();
        page.addAttribute("plans", evaluation.inspectionPlans(unit, filter.getYear()));
        page.addAttribute("years", listPages.years(1));
        return "inspections/list";
    }

    @GetMapping("/inspections/new")
    String planForm(@ModelAttribute("official") Official official,
                    @RequestParam(required = false) String modelId, Model page) {
        PlanForm form = new PlanForm();
        form.setIssuingUnitCode(official.unitCode());
        form.setYear(Integer.toString(Year.now(clock).getValue()));
        if (modelId != null && !modelId.isBlank()) {
            var model = models.get(PathIds.checked(modelId.strip()));
            form.setYear(Integer.toString(model.year()));
            form.setModels(List.of(model.id()));
            form.setName("Kế hoạch kiểm tra mô hình “" + model.name() + "” năm " + model.year());
        }
        return showForm(official, form, Map.of(), null, page);
    }

    @PostMapping("/inspections/new")
    String publish(@ModelAttribute("official") Official official, @ModelAttribute("form") PlanForm form,
                   Model page, RedirectAttributes next) {
        Map<String, String> unreadable = form.unreadable();
        if (!unreadable.isEmpty()) {
            return showForm(official, form, unreadable, null, page);
        }
        try {
            InspectionPlan published = evaluation.publish(form.toDraft());
            next.addFlashAttribute("notice", "Đã ban hành kế hoạch kiểm tra. Ghi biên bản kiểm tra từng đối tượng"
                    + " khi đoàn đã làm việc.");
            return "redirect:/inspections/" + published.plan().id();
        } catch (ServiceRefusal refusal) {
            Problem problem = refusal.problem();
            if (problem.status() == 403 || problem.status() == 404) {
                throw refusal;
            }
            Map<String, String> byField = new LinkedHashMap<>();
            problem.errors().stream().filter(issue -> issue.field() != null).forEach(issue ->
                    byField.putIfAbsent(PlanForm.formField(issue.field()), issue.message()));
            if ("duplicate-plan".equals(problem.code())) {
                byField.putIfAbsent("confirmDuplicate", problem.detail() != null ? problem.detail()
                        : problem.title());
                page.addAttribute("duplicate", true);
            }
            return showForm(official, form, byField, problem, page);
        }
    }

    @GetMapping("/inspections/{id}")
    String plan(@ModelAttribute("official") Official official, @PathVariable String id, Model page) {
        InspectionPlan plan = evaluation.inspectionPlan(PathIds.checked(id));
        Map<String, String> modelNames = new LinkedHashMap<>();
        if (plan.plan().targets().stream().anyMatch(target -> target.modelId() != null)) {
            models.find(new ModelQuery(official.unitCode(), plan.plan().year(), null, null, null, null, List.of(),
                    null, 0, MODELS_LISTED)).items().forEach(model -> modelNames.put(model.id(), model.name()));
        }
        page.addAttribute("inspection", plan);
        page.addAttribute("modelNames", modelNames);
        return "inspections/plan";
    }

    @PostMapping("/inspections/{id}/inspections")
    String record(@PathVariable String id, @RequestParam(required = false) String targetId,
                  @RequestParam(required = false) String inspectedOn,
                  @RequestParam(required = false) String findings, @RequestParam(required = false) String minutes,
                  RedirectAttributes next) {
        String planId = PathIds.checked(id);
        String target = targetId == null ? "" : targetId.strip();
        next.addFlashAttribute("inspectionTarget", target);
        try {
            evaluation.recordInspection(planId, new InspectionDraft(target, FormDates.field("inspectedOn", inspectedOn),
                    findings, minutes == null || minutes.isBlank() ? null : minutes));
            next.addFlashAttribute("notice", "Đã ghi biên bản kiểm tra.");
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403 || refusal.status() == 404) {
                throw refusal;
            }
            next.addFlashAttribute("inspectionProblem", refusal.problem());
        }
        return "redirect:/inspections/" + planId + "#target-" + target;
    }

    /** Cancels a target's inspection recorded by mistake; the target may be inspected again. */
    @PostMapping("/inspections/{id}/cancellation")
    String cancel(@PathVariable String id, @RequestParam(required = false) String inspectionId,
                  @RequestParam(required = false) String targetId, @RequestParam(required = false) String reason,
                  RedirectAttributes next) {
        return amend(id, "cancellation", targetId, next, "Đã hủy biên bản kiểm tra. Đối tượng có thể được kiểm tra lại.",
                () -> evaluation.cancelInspection(PathIds.composedKey(inspectionId), reason));
    }

    /** Replaces the findings of a target's inspection recorded wrongly; the replaced ones stay in its corrections. */
    @PostMapping("/inspections/{id}/correction")
    String correct(@PathVariable String id, @RequestParam(required = false) String inspectionId,
                   @RequestParam(required = false) String targetId,
                   @RequestParam(required = false) String findings, @RequestParam(required = false) String minutes,
                   @RequestParam(required = false) String reason, RedirectAttributes next) {
        return amend(id, "correction", targetId, next, "Đã đính chính kết quả kiểm tra.",
                () -> evaluation.correctInspection(PathIds.composedKey(inspectionId), findings, minutes, reason));
    }

    /**
     * A correction's refusal about its input goes back to its form on the target ({@code form} names which one); a
     * refused official is the refusal page.
     */
    private static String amend(String planId, String form, String targetId, RedirectAttributes next, String done,
                                Runnable correction) {
        String plan = PathIds.checked(planId);
        String target = targetId == null ? "" : targetId.strip();
        next.addFlashAttribute("correctionForm", form + "-" + target);
        try {
            correction.run();
            next.addFlashAttribute("notice", done);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403 || refusal.status() == 404) {
                throw refusal;
            }
            next.addFlashAttribute("correctionProblem", refusal.problem());
        }
        return "redirect:/inspections/" + plan + "#target-" + target;
    }

    private String showForm(Official official, PlanForm form, Map<String, String> errors, Problem problem,
                            Model page) {
        Integer year = form.parsedYear();
        Map<String, vn.dvk.portal.model.domain.Model> candidates = new LinkedHashMap<>();
        models.find(new ModelQuery(official.unitCode(), year, null, null, null, null, INSPECTABLE, null, 0,
                MODELS_LISTED)).items().forEach(model -> candidates.put(model.id(), model));
        for (String chosen : form.getModels()) {
            if (!candidates.containsKey(chosen)) {
                var model = models.get(PathIds.checked(chosen));
                candidates.put(model.id(), model);
            }
        }
        page.addAttribute("form", form);
        page.addAttribute("errors", errors);
        page.addAttribute("problem", problem);
        page.addAttribute("unitChoices", listPages.homeAndChildren(official));
        page.addAttribute("candidates", candidates.values());
        return "inspections/form";
    }
}
