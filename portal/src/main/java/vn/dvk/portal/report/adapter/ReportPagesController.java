package vn.dvk.portal.report.adapter;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.report.domain.ReportDraft;
import vn.dvk.portal.report.domain.ReportDrafts;
import vn.dvk.portal.shared.adapter.FormDates;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.unit.domain.Units;

/**
 * The report pages: a unit's own report for a year and kind (open, edit in versions, download, submit) and the table
 * of its subordinates' submissions. reporting-service decides every step; the pages offer what the roles allow.
 */
@Controller
class ReportPagesController {

    /** The kinds of report and how the pages name them (seed 001: six-month by 25/7, year-end by 15/12). */
    static final Map<String, String> KINDS = Map.of("YEARLY", "Báo cáo năm",
            "MID_YEAR", "Báo cáo 6 tháng đầu năm");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int YEARS_OFFERED = 10;

    private final ReportDrafts drafts;
    private final Units units;
    private final Clock clock;

    ReportPagesController(ReportDrafts drafts, Units units, Clock clock) {
        this.drafts = drafts;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String index(@ModelAttribute("official") Official official, @RequestParam(required = false) String unit,
                 @RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
                 Model page) {
        String chosen = unit == null || unit.isBlank() ? official.unitCode() : unit.strip();
        int current = Year.now(clock).getValue();
        int shownYear = year != null ? year : current;
        String shownKind = kind != null && KINDS.containsKey(kind) ? kind : "YEARLY";
        page.addAttribute("unit", chosen);
        page.addAttribute("year", shownYear);
        page.addAttribute("kind", shownKind);
        page.addAttribute("kinds", List.of("YEARLY", "MID_YEAR"));
        page.addAttribute("kindLabels", KINDS);
        page.addAttribute("years", IntStream.rangeClosed(0, YEARS_OFFERED).map(back -> current - back).boxed()
                .toList());
        page.addAttribute("around", units.around(chosen));
        // reporting-service keys a unit's draft by unit, year and kind (ADR 0017), so the page can ask for it.
        page.addAttribute("draft", drafts.find(chosen + "-" + shownYear + "-" + shownKind).orElse(null));
        page.addAttribute("mayWrite", chosen.equals(official.unitCode())
                && (official.isClerk() || official.isSteering()));
        page.addAttribute("submissions", drafts.submissions(chosen, shownYear, shownKind));
        return "reports/index";
    }

    @PostMapping("/reports")
    String open(@RequestParam String unit, @RequestParam int year, @RequestParam String kind,
                RedirectAttributes next) {
        ReportDraft draft = drafts.open(unit, year, kind);
        next.addFlashAttribute("notice", "Đã mở dự thảo " + draft.kindLabel().toLowerCase(VIETNAMESE) + " "
                + draft.year()
                + ", điền sẵn từ số liệu.");
        return "redirect:/reports/" + draft.id();
    }

    @GetMapping("/reports/{id}")
    String draft(@ModelAttribute("official") Official official, @PathVariable String id, Model page) {
        ReportDraft draft = drafts.get(id);
        return show(official, draft, ReportForm.of(draft), Map.of(), null, page);
    }

    @PostMapping("/reports/{id}")
    String save(@ModelAttribute("official") Official official, @PathVariable String id,
                @ModelAttribute("form") ReportForm form, Model page, RedirectAttributes next) {
        try {
            ReportDraft saved = drafts.save(id, form.getVersion(), form.toText(),
                    FormDates.field("date", form.getDate()));
            next.addFlashAttribute("notice", "Đã lưu phiên bản " + saved.currentVersion() + ".");
            return "redirect:/reports/" + id;
        } catch (ServiceRefusal refusal) {
            Problem problem = refusal.problem();
            if (problem.status() == 403 || problem.status() == 404) {
                throw refusal;
            }
            Map<String, String> byField = new LinkedHashMap<>();
            problem.errors().forEach(issue -> byField.putIfAbsent(issue.field(), issue.message()));
            return show(official, drafts.get(id), form, byField, problem, page);
        }
    }

    @PostMapping("/reports/{id}/submission")
    String submit(@PathVariable String id, RedirectAttributes next) {
        ReportDraft submitted = drafts.submit(id);
        next.addFlashAttribute("notice", "Đã gửi báo cáo lên cấp trên (phiên bản "
                + submitted.submission().version() + ").");
        return "redirect:/reports/" + id;
    }

    private String show(Official official, ReportDraft draft, ReportForm form, Map<String, String> errors,
                        Problem problem, Model page) {
        boolean ownUnit = draft.unit().equals(official.unitCode());
        page.addAttribute("draft", draft);
        page.addAttribute("form", form);
        page.addAttribute("errors", errors);
        page.addAttribute("problem", problem);
        page.addAttribute("versions", ReportDraft.newestFirst(drafts.versions(draft.id())));
        page.addAttribute("mayEdit", ownUnit && !draft.submitted() && (official.isClerk() || official.isSteering()));
        page.addAttribute("maySubmit", ownUnit && !draft.submitted()
                && (official.isSteering() || official.isChairman()));
        page.addAttribute("links", new DocumentLinks(draft.id()));
        return "reports/draft";
    }

    /** The draft's files through the gateway: a format, a version, and the annex of subordinates' reports. */
    public record DocumentLinks(String id) {

        public String file(String format, Integer version, boolean annex) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/reporting/v1/reports/" + id + "/document")
                    .queryParam("format", format);
            if (version != null) {
                uri.queryParam("version", version);
            }
            if (annex) {
                uri.queryParam("annex", true);
            }
            return uri.encode().build().toUriString();
        }
    }
}
