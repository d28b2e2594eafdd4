package vn.dvk.portal.notification.adapter;

import java.util.ArrayList;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.portal.notification.domain.SubscriptionDraft;
import vn.dvk.portal.notification.domain.SubscriptionOptions;
import vn.dvk.portal.notification.domain.Subscriptions;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.adapter.PathIds;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.unit.domain.Unit;
import vn.dvk.portal.unit.domain.UnitNeighbourhood;
import vn.dvk.portal.unit.domain.Units;

/**
 * The official's subscriptions: which kinds of notice about which unit's subtree reach him through which channels;
 * subscribing and unsubscribing. notification-service decides what may be subscribed to (a unit outside his scope,
 * a webhook without being an administrator, are its refusals, shown beside the form).
 */
@Controller
class SubscriptionPagesController {

    private final Subscriptions subscriptions;
    private final Units units;

    SubscriptionPagesController(Subscriptions subscriptions, Units units) {
        this.subscriptions = subscriptions;
        this.units = units;
    }

    @GetMapping("/notifications/subscriptions")
    String subscriptions(@ModelAttribute("official") Official official, Model page) {
        return show(official, new SubscriptionDraft(official.unitCode(), Set.of(), Set.of("IN_APP"), false, null),
                Map.of(), null, page);
    }

    @PostMapping("/notifications/subscriptions")
    String subscribe(@ModelAttribute("official") Official official,
                     @RequestParam(required = false) String unitCode,
                     @RequestParam(required = false) List<String> kinds,
                     @RequestParam(required = false) List<String> channels,
                     @RequestParam(required = false) Boolean digest,
                     @RequestParam(required = false) String webhookUrl, Model page, RedirectAttributes next) {
        SubscriptionDraft draft = new SubscriptionDraft(blankToNull(unitCode), chosen(kinds), chosen(channels),
                Boolean.TRUE.equals(digest), blankToNull(webhookUrl));
        try {
            subscriptions.subscribe(draft);
        } catch (ServiceRefusal refusal) {
            Problem problem = refusal.problem();
            if (problem.status() == 404) {
                throw refusal;
            }
            Map<String, String> byField = new LinkedHashMap<>();
            problem.errors().forEach(issue -> byField.putIfAbsent(issue.field(), issue.message()));
            return show(official, draft, byField, problem, page);
        }
        next.addFlashAttribute("notice", "Đã đăng ký nhận thông báo.");
        return "redirect:/notifications/subscriptions";
    }

    @PostMapping("/notifications/subscriptions/{id}/delete")
    String unsubscribe(@PathVariable String id, RedirectAttributes next) {
        subscriptions.unsubscribe(PathIds.checked(id));
        next.addFlashAttribute("notice", "Đã hủy đăng ký.");
        return "redirect:/notifications/subscriptions";
    }

    private String show(Official official, SubscriptionDraft form, Map<String, String> errors, Problem problem,
                        Model page) {
        SubscriptionOptions options = subscriptions.options();
        UnitNeighbourhood home = units.around(official.unitCode());
        List<Unit> offered = new ArrayList<>();
        offered.add(home.unit());
        offered.addAll(home.children());
        Map<String, String> unitNames = new LinkedHashMap<>();
        offered.forEach(unit -> unitNames.put(unit.code(), unit.displayName()));
        page.addAttribute("subscriptions", subscriptions.own());
        page.addAttribute("options", options);
        page.addAttribute("labels", options.labels());
        page.addAttribute("channels", options.channelsFor(official.isAdmin()));
        page.addAttribute("units", offered);
        page.addAttribute("unitNames", unitNames);
        page.addAttribute("form", form);
        page.addAttribute("errors", errors);
        page.addAttribute("problem", problem);
        return "notifications/subscriptions";
    }

    private static Set<String> chosen(List<String> codes) {
        return codes == null ? Set.of() : new LinkedHashSet<>(codes.stream().filter(code -> !code.isBlank()).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
