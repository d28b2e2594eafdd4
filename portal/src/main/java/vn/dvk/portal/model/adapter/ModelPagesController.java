package vn.dvk.portal.model.adapter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.portal.model.domain.ImportOutcome;
import vn.dvk.portal.model.domain.ModelQuery;
import vn.dvk.portal.model.domain.ModelRegistry;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.unit.adapter.UnitListPages;
import vn.dvk.portal.unit.domain.UnitNeighbourhood;
import vn.dvk.portal.unit.domain.Units;

/**
 * The model pages: the list with the API's filters, registering and editing through the form of seed 001, withdrawing,
 * and the Excel import. The service judges every input; its field messages are shown beside the fields.
 */
@Controller
class ModelPagesController {

    private static final int PAGE_SIZE = 20;

    private final ModelRegistry models;
    private final Units units;
    private final UnitListPages listPages;
    private final java.time.Clock clock;

    ModelPagesController(ModelRegistry models, Units units, UnitListPages listPages, java.time.Clock clock) {
        this.models = models;
        this.units = units;
        this.listPages = listPages;
        this.clock = clock;
    }

    @GetMapping("/models")
    String list(@ModelAttribute("official") Official official, ModelFilter filter, Model page) {
        String unit = filter.unitOr(official.unitCode());
        ModelQuery query = filter.toQuery(unit, PAGE_SIZE);
        var found = models.find(query);
        UnitNeighbourhood around = units.around(unit);
        page.addAttribute("filter", filter);
        page.addAttribute("result", found);
        page.addAttribute("around", around);
        page.addAttribute("years", listPages.years(1));
        return "models/list";
    }

    @GetMapping("/models/new")
    String registerForm(@ModelAttribute("official") Official official, Model page) {
        ModelForm form = new ModelForm();
        form.setYear(Integer.toString(java.time.Year.now(clock).getValue()));
        form.setUnitCode(official.unitCode());
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return showForm(official, form, Map.of(), null, page);
    }

    @PostMapping("/models/new")
    String register(@ModelAttribute("official") Official official, @ModelAttribute("form") ModelForm form,
                    Model page, RedirectAttributes next) {
        Map<String, String> unreadable = form.unreadable();
        if (!unreadable.isEmpty()) {
            return showForm(official, form, unreadable, null, page);
        }
        if (form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank()) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
        try {
            var created = models.register(form.toDraft(), form.getIdempotencyKey());
            next.addFlashAttribute("notice", "Đã đăng ký mô hình “" + created.name() + "”.");
            return "redirect:/models/" + created.id();
        } catch (ServiceRefusal refusal) {
            return refusedForm(official, form, refusal, page);
        }
    }

    @GetMapping("/models/{id}/edit")
    String editForm(@ModelAttribute("official") Official official, @PathVariable String id, Model page) {
        var model = models.get(id);
        page.addAttribute("model", model);
        return showForm(official, ModelForm.of(model), Map.of(), null, page);
    }

    @PostMapping("/models/{id}/edit")
    String update(@ModelAttribute("official") Official official, @PathVariable String id,
                  @ModelAttribute("form") ModelForm form, Model page, RedirectAttributes next) {
        Map<String, String> unreadable = form.unreadable();
        if (!unreadable.isEmpty()) {
            page.addAttribute("model", models.get(id));
            return showForm(official, form, unreadable, null, page);
        }
        try {
            var updated = models.update(id, form.getVersion(), form.toDraft());
            next.addFlashAttribute("notice", "REGISTERED".equals(updated.status()) && form.getVersion() > 0
                    ? "Đã lưu và gửi lại mô hình để xét duyệt." : "Đã lưu thay đổi.");
            return "redirect:/models/" + id;
        } catch (ServiceRefusal refusal) {
            page.addAttribute("model", models.get(id));
            return refusedForm(official, form, refusal, page);
        }
    }

    @PostMapping("/models/{id}/withdrawal")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes next) {
        models.withdraw(id, reason);
        next.addFlashAttribute("notice", "Đã rút mô hình.");
        return "redirect:/models/" + id;
    }

    @GetMapping("/models/import")
    String importPage() {
        return "models/import";
    }

    @PostMapping("/models/import")
    String importFile(@RequestParam("file") MultipartFile file, Model page) throws IOException {
        page.addAttribute("filename", file.getOriginalFilename());
        try {
            ImportOutcome outcome = models.importFile(new FileContent(file.getOriginalFilename(),
                    file.getContentType(), file.getBytes()));
            page.addAttribute("outcome", outcome);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403) {
                throw refusal;
            }
            page.addAttribute("problem", refusal.problem());
        }
        return "models/import";
    }

    private String refusedForm(Official official, ModelForm form, ServiceRefusal refusal, Model page) {
        Problem problem = refusal.problem();
        if (problem.status() == 403 || problem.status() == 404) {
            throw refusal;
        }
        Map<String, String> byField = new LinkedHashMap<>();
        problem.errors().forEach(issue -> byField.putIfAbsent(issue.field(), issue.message()));
        return showForm(official, form, byField, problem, page);
    }

    private String showForm(Official official, ModelForm form, Map<String, String> errors, Problem problem,
                            Model page) {
        page.addAttribute("form", form);
        page.addAttribute("errors", errors);
        page.addAttribute("problem", problem);
        page.addAttribute("unitChoices", listPages.homeAndChildren(official));
        return "models/form";
    }
}
