package vn.dvk.portal.notification.adapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.portal.notification.domain.Feed;
import vn.dvk.portal.notification.domain.Notice;
import vn.dvk.portal.notification.domain.Notifications;
import vn.dvk.portal.shared.adapter.PathIds;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.shared.domain.ServiceUnavailable;

/**
 * The official's notices: the feed with its unread count, opening a notice (read, then its page), marking read, and
 * the count in the header of every page, which the page loads after it is shown and reloads on each live notice.
 */
@Controller
class NotificationPagesController {

    private static final Logger log = LoggerFactory.getLogger(NotificationPagesController.class);
    private static final int PAGE_SIZE = 20;

    private final Notifications notifications;

    NotificationPagesController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String feed(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("feed", notifications.feed(Math.max(0, page), PAGE_SIZE));
        return "notifications/feed";
    }

    /** The feed's list alone, for the live refresh of an open feed page. */
    @GetMapping("/notifications/items")
    String items(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("feed", notifications.feed(Math.max(0, page), PAGE_SIZE));
        return "notifications/feed :: items";
    }

    /**
     * The header's unread count. It decorates every page, so a notification-service that refuses or does not answer
     * leaves it empty instead of failing the page; the feed page itself shows what went wrong.
     */
    @GetMapping("/notifications/unread")
    String unread(Model model) {
        long unread = 0;
        try {
            Feed first = notifications.feed(0, 1);
            unread = first.unread();
        } catch (ServiceRefusal | ServiceUnavailable unknown) {
            log.debug("unread count not known: {}", unknown.getMessage());
        }
        model.addAttribute("unread", unread);
        return "notifications/unread :: unread";
    }

    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable String id, @RequestParam(required = false) String link) {
        notifications.markRead(PathIds.checked(id));
        String path = Notice.portalPathOf(link).orElse("/notifications");
        return "redirect:" + path;
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable String id, RedirectAttributes next) {
        notifications.markRead(PathIds.checked(id));
        next.addFlashAttribute("notice", "Đã đánh dấu đã đọc.");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead(RedirectAttributes next) {
        notifications.markAllRead();
        next.addFlashAttribute("notice", "Đã đánh dấu tất cả thông báo là đã đọc.");
        return "redirect:/notifications";
    }
}
