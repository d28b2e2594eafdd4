package vn.dvk.portal.admin.adapter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.portal.admin.domain.AccountDraft;
import vn.dvk.portal.admin.domain.OfficialAccount;
import vn.dvk.portal.admin.domain.Officials;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.adapter.PathIds;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.unit.adapter.UnitListFilter;
import vn.dvk.portal.unit.adapter.UnitListPages;
import vn.dvk.portal.unit.application.UnitNames;
import vn.dvk.portal.unit.domain.Unit;
import vn.dvk.portal.unit.domain.UnitNeighbourhood;
import vn.dvk.portal.unit.domain.Units;

/**
 * The administrator's officials: the accounts of a unit's subtree with their roles, a new account (its generated
 * password shown once), many accounts from a spreadsheet (all or none), and changing an account's name, mail, unit, roles and whether it may sign in. identity-service
 * decides: an official who is no administrator, or a unit outside the administrator's subtree, is its refusal.
 */
@Controller
class OfficialsPagesController {

    private static final int PAGE_SIZE = 50;

    private final Officials officials;
    private final Units units;
    private final UnitListPages listPages;
    private final UnitNames unitNames;

    OfficialsPagesController(Officials officials, Units units, UnitListPages listPages) {
        this.officials = officials;
        this.units = units;
        this.listPages = listPages;
        this.unitNames = new UnitNames(units);
    }

    @GetMapping("/admin/officials")
    String list(@ModelAttribute("official") Official official, UnitListFilter filter, Model page) {
        OfficialAccount.Page result = officials.list(filter.unitOr(official.unitCode()), filter.getPage(), PAGE_SIZE);
        UnitNeighbourhood around = listPages.show(official, filter, "/admin/officials", page);
        page.addAttribute("result", result);
        page.addAttribute("unitNames", unitNames.of(result.items().stream().map(OfficialAccount::unitCode).toList(),
                around));
        return "admin/officials";
    }

    @GetMapping("/admin/officials/new")
    String newAccount(@ModelAttribute("official") Official official, Model page) {
        return showForm(official, null, new AccountDraft(null, null, null, official.unitCode(), Set.of(), true),
                Map.of(), null, page);
    }

    @PostMapping("/admin/officials/new")
    String create(@ModelAttribute("official") Official official, @RequestParam(required = false) String login,
                  @RequestParam(required = false) String displayName, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String unitCode,
                  @RequestParam(required = false) List<String> roles,
                  @RequestParam(required = false) Boolean enabled, Model page, RedirectAttributes next) {
        AccountDraft draft = new AccountDraft(blankToNull(login), blankToNull(displayName), blankToNull(email),
                blankToNull(unitCode), chosen(roles), Boolean.TRUE.equals(enabled));
        try {
            OfficialAccount.Created created = officials.create(draft);
            next.addFlashAttribute("notice", "Đã tạo tài khoản " + created.official().login() + ".");
            next.addFlashAttribute("generatedPassword", created.generatedPassword());
            return "redirect:/admin/officials/" + created.official().login();
        } catch (ServiceRefusal refusal) {
            return refusedForm(official, null, draft, refusal, page);
        }
    }

    @GetMapping("/admin/officials/import")
    String importPage() {
        return "admin/import";
    }

    @PostMapping("/admin/officials/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model page) throws IOException {
        FileContent content = file == null ? new FileContent("", null, new byte[0])
                : new FileContent(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        page.addAttribute("filename", content.filename());
        try {
            page.addAttribute("imported", officials.importAccounts(content));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403 || refusal.status() == 404) {
                throw refusal;
            }
            page.addAttribute("problem", refusal.problem());
        }
        return "admin/import";
    }

    @GetMapping("/admin/officials/{login}")
    String account(@ModelAttribute("official") Official official, @PathVariable String login, Model page) {
        OfficialAccount account = officials.get(PathIds.login(login));
        return showForm(official, account, new AccountDraft(account.login(), account.displayName(), account.email(),
                account.unitCode(), new LinkedHashSet<>(account.roles()), account.enabled()), Map.of(), null, page);
    }

    @PostMapping("/admin/officials/{login}")
    String change(@ModelAttribute("official") Official official, @PathVariable String login,
                  @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String displayName, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String unitCode,
                  @RequestParam(required = false) List<String> roles,
                  @RequestParam(required = false) Boolean enabled, Model page, RedirectAttributes next) {
        String checked = PathIds.login(login);
        AccountDraft draft = new AccountDraft(checked, blankToNull(displayName), blankToNull(email),
                blankToNull(unitCode), chosen(roles), Boolean.TRUE.equals(enabled));
        try {
            officials.change(checked, version == null ? -1 : version, draft);
            next.addFlashAttribute("notice", "Đã lưu tài khoản " + checked + ".");
            return "redirect:/admin/officials/" + checked;
        } catch (ServiceRefusal refusal) {
            return refusedForm(official, officials.get(checked), draft, refusal, page);
        }
    }

    /** A refusal about the input is shown beside its fields; one of the administrator (403, 404) is the refusal page. */
    private String refusedForm(Official official, OfficialAccount account, AccountDraft draft, ServiceRefusal refusal,
                               Model page) {
        Problem problem = refusal.problem();
        if (problem.status() == 403 || problem.status() == 404) {
            throw refusal;
        }
        Map<String, String> byField = new LinkedHashMap<>();
        problem.errors().forEach(issue -> byField.putIfAbsent(formField(issue.field()), issue.message()));
        return showForm(official, account, draft, byField, problem, page);
    }

    private String showForm(Official official, OfficialAccount account, AccountDraft form,
                            Map<String, String> errors, Problem problem, Model page) {
        UnitNeighbourhood home = units.around(official.unitCode());
        List<Unit> offered = new ArrayList<>();
        offered.add(home.unit());
        offered.addAll(home.children());
        if (form.unitCode() != null && offered.stream().noneMatch(unit -> unit.code().equals(form.unitCode()))) {
            String name = unitNames.of(List.of(form.unitCode()), home).getOrDefault(form.unitCode(),
                    form.unitCode());
            offered.add(new Unit(form.unitCode(), name, name, null, null));
        }
        page.addAttribute("account", account);
        page.addAttribute("form", form);
        page.addAttribute("errors", errors);
        page.addAttribute("problem", problem);
        page.addAttribute("units", offered);
        page.addAttribute("roles", Arrays.asList(Role.values()));
        return "admin/account";
    }

    /** The service names a role by its position ({@code roles[0]}); the form has one list. */
    private static String formField(String field) {
        return field != null && field.startsWith("roles") ? "roles" : field;
    }

    private static Set<String> chosen(List<String> codes) {
        return codes == null ? Set.of() : new LinkedHashSet<>(codes.stream().filter(code -> !code.isBlank()).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
