package vn.dvk.portal.admin.adapter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.portal.admin.domain.Rebuilds;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/**
 * Rebuilding the statistics from every event (reporting-service, the one service with a rebuild): start it and
 * follow its progress, which the open page reloads while it runs. reporting-service lets only an administrator of
 * the whole instance do either; anyone else gets its refusal.
 */
@Controller
class RebuildPageController {

    private final Rebuilds rebuilds;

    RebuildPageController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping("/admin/rebuild")
    String rebuild(Model page) {
        page.addAttribute("progress", rebuilds.progress());
        return "admin/rebuild";
    }

    /** The progress alone, for the open page's refresh while a rebuild runs. */
    @GetMapping("/admin/rebuild/progress")
    String progress(Model page) {
        page.addAttribute("progress", rebuilds.progress());
        return "admin/rebuild :: progress";
    }

    @PostMapping("/admin/rebuild")
    String start(RedirectAttributes next) {
        try {
            rebuilds.start();
            next.addFlashAttribute("notice", "Đã bắt đầu dựng lại số liệu thống kê.");
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 409) {
                throw refusal;
            }
            next.addFlashAttribute("startProblem", refusal.problem());
        }
        return "redirect:/admin/rebuild";
    }
}
