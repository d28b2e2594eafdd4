package vn.dvk.portal.admin.adapter;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.portal.admin.domain.UnitDirectoryAdmin;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/**
 * The unit directory page: the directory in use (counts per level, units found by name), its import history, and an
 * import in two steps: the file is checked first (its bad rows in a table, or what it adds, changes and keeps), then,
 * confirmed, published. Between the steps the checked file waits in the official's session, so the confirmation
 * publishes exactly what was checked. identity-service decides who may: its refusal is the refusal page.
 */
@Controller
class UnitDirectoryPageController {

    static final String PENDING = "pendingUnitDirectory";
    private static final int PAGE_SIZE = 50;

    private final UnitDirectoryAdmin directory;

    UnitDirectoryPageController(UnitDirectoryAdmin directory) {
        this.directory = directory;
    }

    @GetMapping("/admin/units")
    String page(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        showDirectory(q, Math.max(0, page), model);
        return "admin/units";
    }

    @PostMapping("/admin/units/check")
    String check(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        FileContent content = file == null ? new FileContent("", null, new byte[0])
                : new FileContent(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        session.removeAttribute(PENDING);
        model.addAttribute("filename", content.filename());
        try {
            model.addAttribute("preview", directory.check(content));
            session.setAttribute(PENDING, content);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403 || refusal.status() == 404) {
                throw refusal;
            }
            model.addAttribute("problem", refusal.problem());
        }
        showDirectory(null, 0, model);
        return "admin/units";
    }

    @PostMapping("/admin/units/confirm")
    String confirm(HttpSession session, Model model, RedirectAttributes next) {
        if (!(session.getAttribute(PENDING) instanceof FileContent pending)) {
            next.addFlashAttribute("notice", "Chưa có tệp nào được kiểm tra; hãy chọn tệp và bấm “Kiểm tra”.");
            return "redirect:/admin/units";
        }
        try {
            UnitDirectoryAdmin.ImportOutcome published = directory.publish(pending);
            session.removeAttribute(PENDING);
            next.addFlashAttribute("notice", "Đã nhập phiên bản " + published.version() + " của danh mục đơn vị ("
                    + published.unitCount() + " đơn vị); các dịch vụ áp dụng ngay khi nhận được.");
            return "redirect:/admin/units";
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403 || refusal.status() == 404) {
                throw refusal;
            }
            session.removeAttribute(PENDING);
            model.addAttribute("filename", pending.filename());
            model.addAttribute("problem", refusal.problem());
            showDirectory(null, 0, model);
            return "admin/units";
        }
    }

    private void showDirectory(String query, int page, Model model) {
        model.addAttribute("q", query);
        model.addAttribute("overview", directory.current());
        model.addAttribute("units", directory.units(query, page, PAGE_SIZE));
        model.addAttribute("history", directory.history());
    }
}
