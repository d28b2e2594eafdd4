package vn.dvk.portal.admin.adapter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvk.portal.admin.domain.AuditLogs;
import vn.dvk.portal.admin.domain.AuditQuery;
import vn.dvk.portal.shared.adapter.FormDates;
import vn.dvk.portal.shared.adapter.Formats;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/**
 * One service's audit log, newest first, narrowed to an official, a record or a period (dates as dd/mm/yyyy, whole
 * days in Vietnam's time). The service lets an administrator or an auditor read it; anyone else gets its refusal.
 */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;
    private static final Map<String, String> SERVICE_LABELS = Map.of(
            "registration", "Đăng ký mô hình", "evaluation", "Xét duyệt, kiểm tra, đánh giá",
            "award", "Khen thưởng", "reporting", "Thống kê, báo cáo", "notification", "Thông báo",
            "identity", "Tài khoản, đăng nhập");

    private final AuditLogs logs;

    AuditPageController(AuditLogs logs) {
        this.logs = logs;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String service, @RequestParam(required = false) String login,
                 @RequestParam(required = false) String targetId, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        String chosen = service != null && logs.services().contains(service) ? service : logs.services().get(0);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant start = dayStart("from", from, 0, errors);
        Instant end = dayStart("to", to, 1, errors);
        Map<String, String> services = new LinkedHashMap<>();
        logs.services().forEach(name -> services.put(name, SERVICE_LABELS.getOrDefault(name, name)));
        model.addAttribute("services", services);
        model.addAttribute("service", chosen);
        model.addAttribute("login", login);
        model.addAttribute("targetId", targetId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("result", logs.records(chosen, new AuditQuery(blankToNull(login),
                        blankToNull(targetId), start, end, Math.max(0, page), PAGE_SIZE)));
            } catch (ServiceRefusal refusal) {
                Problem problem = refusal.problem();
                if (problem.status() != 400) {
                    throw refusal;
                }
                problem.errors().forEach(issue -> errors.putIfAbsent(issue.field(), issue.message()));
                model.addAttribute("problem", problem);
            }
        }
        return "admin/audit";
    }

    /** The start of the day typed ({@code plusDays} 1 for the end of a "to" day); unreadable is said in place. */
    private static Instant dayStart(String field, String text, int plusDays, Map<String, String> errors) {
        if (FormDates.unreadable(text)) {
            errors.put(field, FormDates.unreadableMessage(text));
        }
        return FormDates.read(text).map(day -> day.plusDays(plusDays).atStartOfDay(Formats.ZONE).toInstant())
                .orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
