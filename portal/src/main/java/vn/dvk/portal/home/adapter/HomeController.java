package vn.dvk.portal.home.adapter;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dvk.portal.award.domain.Awards;
import vn.dvk.portal.evaluation.domain.EvaluationRecords;
import vn.dvk.portal.home.application.WorkList;
import vn.dvk.portal.model.domain.ModelRegistry;
import vn.dvk.portal.notification.domain.Notifications;
import vn.dvk.portal.official.domain.Official;

/** The home page: what waits for the signed-in official. */
@Controller
class HomeController {

    private final WorkList workList;

    HomeController(ModelRegistry models, EvaluationRecords evaluation, Awards awards, Notifications notifications,
                   Clock clock) {
        this.workList = new WorkList(models, evaluation, awards, notifications, clock);
    }

    @GetMapping("/")
    String home(@ModelAttribute("official") Official official, Model page) {
        page.addAttribute("tasks", workList.of(official));
        return "home";
    }
}
