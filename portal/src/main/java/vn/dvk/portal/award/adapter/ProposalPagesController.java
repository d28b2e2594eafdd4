package vn.dvk.portal.award.adapter;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.contracts.catalog.Catalogs;
import vn.dvk.contracts.catalog.DossierDocumentKind;
import vn.dvk.portal.award.domain.AwardForm;
import vn.dvk.portal.award.domain.EligibilitySheet;
import vn.dvk.portal.award.domain.Awards;
import vn.dvk.portal.shared.adapter.PathIds;
import vn.dvk.portal.award.domain.Proposal;
import vn.dvk.portal.award.domain.ProposalStatus;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.shared.domain.ResultPage;
import vn.dvk.portal.unit.application.UnitNames;
import vn.dvk.portal.unit.adapter.UnitListFilter;
import vn.dvk.portal.unit.adapter.UnitListPages;
import vn.dvk.portal.unit.domain.UnitNeighbourhood;
import vn.dvk.portal.unit.domain.Units;

/**
 * The award proposals of a unit's subtree, the new proposal form, and a proposal's page with its dossier, eligibility
 * sheet, vote and decision. The forms on the page are offered by role; award-service decides.
 */
@Controller
class ProposalPagesController {

    private static final int PAGE_SIZE = 20;
    private static final int PEOPLE_LISTED = 200;

    private final Awards awards;
    private final UnitListPages listPages;
    private final UnitNames unitNames;
    private final Clock clock;

    ProposalPagesController(Awards awards, Units units, UnitListPages listPages, Clock clock) {
        this.awards = awards;
        this.listPages = listPages;
        this.unitNames = new UnitNames(units);
        this.clock = clock;
    }

    @GetMapping("/proposals")
    String list(@ModelAttribute("official") Official official, UnitListFilter filter,
                @RequestParam(required = false) String status, Model page) {
        UnitNeighbourhood around = listPages.show(official, filter.keeping("status", status), "/proposals", page);
        ResultPage<Proposal> result = awards.proposals(around.unit().code(), filter.getYear(),
                filter.kept("status"), filter.getPage(), PAGE_SIZE);
        page.addAttribute("result", result);
        page.addAttribute("unitNames", unitNames.of(result.items().stream().map(Proposal::proposingUnitCode)
                .toList(), around));
        page.addAttribute("formNames", formNames());
        page.addAttribute("statuses", ProposalStatus.values());
        page.addAttribute("years", listPages.years(1));
        return "proposals/list";
    }

    @GetMapping("/proposals/new")
    String proposalForm(@ModelAttribute("official") Official official, Model page) {
        ProposalForm form = new ProposalForm();
        form.setYear(Integer.toString(Year.now(clock).getValue()));
        form.setOccasion("YEARLY");
        form.setProposingUnitCode(official.unitCode());
        return showForm(official, form, Map.of(), null, page);
    }

    @PostMapping("/proposals/new")
    String propose(@ModelAttribute("official") Official official, @ModelAttribute("form") ProposalForm form,
                   Model page, RedirectAttributes next) {
        Map<String, String> unreadable = form.unreadable();
        if (!unreadable.isEmpty()) {
            return showForm(official, form, unreadable, null, page);
        }
        try {
            Proposal created = awards.create(form.toDraft());
            next.addFlashAttribute("notice", "Đã lập đề nghị khen thưởng. Tải lên ba tài liệu của hồ sơ rồi gửi"
                    + " đề nghị.");
            return "redirect:/proposals/" + created.id();
        } catch (ServiceRefusal refusal) {
            Problem problem = refusal.problem();
            if (problem.status() == 403 || problem.status() == 404) {
                throw refusal;
            }
            Map<String, String> byField = new LinkedHashMap<>();
            problem.errors().forEach(issue -> byField.putIfAbsent(formField(issue.field()), issue.message()));
            return showForm(official, form, byField, problem, page);
        }
    }

    @GetMapping("/proposals/{id}")
    String proposal(@PathVariable String id, Model page) {
        String checked = PathIds.checked(id);
        Proposal proposal = awards.proposal(checked);
        page.addAttribute("proposal", proposal);
        page.addAttribute("unitNames", unitNames.of(proposalUnits(proposal), null));
        page.addAttribute("history", awards.history(checked));
        List<EligibilitySheet> sheets = awards.eligibility(checked);
        page.addAttribute("sheets", sheets);
        page.addAttribute("formNames", formNames());
        page.addAttribute("nomineeNames", proposal.nominees().stream()
                .collect(Collectors.toMap(Proposal.Nominee::nomineeId,
                        nominee -> Objects.requireNonNullElse(nominee.name(), nominee.nomineeId()), (a, b) -> a)));
        page.addAttribute("eligibleByNominee", sheets.stream().collect(Collectors.toMap(
                EligibilitySheet::nomineeId, EligibilitySheet::eligible, (a, b) -> a && b)));
        page.addAttribute("ruleNames", sheets.stream().flatMap(sheet -> sheet.lines().stream())
                .map(EligibilitySheet.Line::result).collect(Collectors.toMap(EligibilitySheet.Result::code,
                        EligibilitySheet.Result::name, (a, b) -> a)));
        page.addAttribute("dossierKinds", Proposal.DOSSIER_KINDS);
        page.addAttribute("missingDocuments", proposal.missingDocuments().stream().map(kind -> Catalogs.parse(
                DossierDocumentKind.class, kind).map(DossierDocumentKind::label).orElse(kind)).toList());
        page.addAttribute("today", java.time.LocalDate.now(clock));
        return "proposals/proposal";
    }

    /** The proposing unit first: its neighbourhood names the issuing unit above it and the collectives below. */
    private static List<String> proposalUnits(Proposal proposal) {
        List<String> codes = new ArrayList<>();
        codes.add(proposal.proposingUnitCode());
        codes.add(proposal.issuingUnitCode());
        proposal.nominees().forEach(nominee -> codes.add(nominee.unitCode()));
        return codes;
    }

    /** The service names a nominee's field by its position ({@code nominees[0].personId}); the form has one list. */
    private static String formField(String field) {
        return field != null && field.startsWith("nominees") ? "nominees" : field;
    }

    private String showForm(Official official, ProposalForm form, Map<String, String> errors, Problem problem,
                            Model page) {
        page.addAttribute("form", form);
        page.addAttribute("errors", errors);
        page.addAttribute("problem", problem);
        page.addAttribute("units", listPages.homeAndChildren(official));
        page.addAttribute("forms", awards.forms());
        page.addAttribute("campaigns", awards.campaigns(null));
        page.addAttribute("people", awards.people(official.unitCode(), PEOPLE_LISTED));
        return "proposals/form";
    }

    private Map<String, String> formNames() {
        return awards.forms().stream().collect(Collectors.toMap(AwardForm::code,
                form -> Objects.requireNonNullElse(form.name(), form.code()), (a, b) -> a, LinkedHashMap::new));
    }
}
