package vn.dvk.portal.home.application;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dvk.portal.award.domain.Awards;
import vn.dvk.portal.award.domain.Proposal;
import vn.dvk.portal.evaluation.domain.Deadline;
import vn.dvk.portal.evaluation.domain.EvaluationRecords;
import vn.dvk.portal.evaluation.domain.InspectionPlan;
import vn.dvk.portal.evaluation.domain.OverdueSelfAssessment;
import vn.dvk.portal.model.domain.Model;
import vn.dvk.portal.model.domain.ModelQuery;
import vn.dvk.portal.model.domain.ModelRegistry;
import vn.dvk.portal.notification.domain.Feed;
import vn.dvk.portal.notification.domain.Notice;
import vn.dvk.portal.notification.domain.Notifications;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.domain.ResultPage;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.shared.domain.ServiceUnavailable;

/**
 * "Việc cần làm": what waits for an official, by role, each part read from the service that owns it. A service that
 * does not answer leaves its part out with a note; the rest of the page still shows.
 */
public class WorkList {

    private static final int SHOWN = 10;

    private final ModelRegistry models;
    private final EvaluationRecords evaluation;
    private final Awards awards;
    private final Notifications notifications;
    private final Clock clock;

    public WorkList(ModelRegistry models, EvaluationRecords evaluation, Awards awards, Notifications notifications,
                    Clock clock) {
        this.models = models;
        this.evaluation = evaluation;
        this.awards = awards;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * What waits, and which sources could not be read: besides the models and inspections, the proposals before the
     * council the official votes in ({@code toVote}, not yet voted) or whose decision he signs ({@code toSign}, voted),
     * and his unread notices.
     */
    public record Tasks(ResultPage<Model> returned, ResultPage<Model> toReview, List<OverdueSelfAssessment> overdue,
                        List<Deadline> deadlines, List<InspectionPlan> openInspections, List<Proposal> toVote,
                        List<Proposal> toSign, Feed unread, List<String> unreadable) {

        public boolean isEmpty() {
            return size(returned) == 0 && size(toReview) == 0 && overdue.isEmpty() && deadlines.isEmpty()
                    && openInspections.isEmpty() && toVote.isEmpty() && toSign.isEmpty() && unreadCount() == 0;
        }

        public long unreadCount() {
            return unread == null ? 0 : unread.unread();
        }

        /** The unread notices among the newest ones read for the page. */
        public List<Notice> unreadNotices() {
            return unread == null ? List.of() : unread.items().stream().filter(notice -> !notice.read()).toList();
        }

        private static long size(ResultPage<Model> page) {
            return page == null ? 0 : page.total();
        }
    }

    public Tasks of(Official official) {
        List<String> unreadable = new ArrayList<>();
        String unit = official.unitCode();
        int year = Year.now(clock).getValue();
        ResultPage<Model> returned = null;
        List<OverdueSelfAssessment> overdue = List.of();
        List<Deadline> deadlines = List.of();
        if (official.isClerk()) {
            returned = read("mô hình bị trả lại", unreadable, () -> models.find(
                    new ModelQuery(unit, null, null, null, null, null, List.of("RETURNED"), null, 0, SHOWN)));
            overdue = orEmpty(read("báo cáo tự đánh giá quá hạn", unreadable,
                    () -> evaluation.overdueSelfAssessments(unit)));
            deadlines = orEmpty(read("các hạn nộp", unreadable, () -> evaluation.deadlines(unit, year))).stream()
                    .filter(Deadline::isOpen).limit(SHOWN).toList();
        }
        ResultPage<Model> toReview = null;
        List<InspectionPlan> openInspections = List.of();
        if (official.isSteering()) {
            toReview = read("đăng ký chờ xét duyệt", unreadable, () -> models.find(
                    new ModelQuery(unit, null, null, null, null, null, List.of("REGISTERED"), null, 0, SHOWN)));
            openInspections = orEmpty(read("kế hoạch kiểm tra", unreadable,
                    () -> evaluation.inspectionPlans(unit, year))).stream()
                    .filter(plan -> plan.openTargets() > 0).toList();
        }
        List<Proposal> toVote = List.of();
        List<Proposal> toSign = List.of();
        if (official.isCouncil()) {
            List<Proposal> beforeCouncil = Optional.ofNullable(read("đề nghị khen thưởng chờ Hội đồng", unreadable,
                    () -> awards.beforeCouncilOf(unit, SHOWN))).map(ResultPage::items).orElse(List.of());
            toVote = beforeCouncil.stream().filter(proposal -> proposal.vote() == null).toList();
            toSign = official.isChairman()
                    ? beforeCouncil.stream().filter(proposal -> proposal.vote() != null).toList() : List.of();
        }
        Feed unread = read("thông báo chưa đọc", unreadable, () -> notifications.feed(0, SHOWN));
        return new Tasks(returned, toReview, overdue, deadlines, openInspections, toVote, toSign, unread,
                unreadable);
    }

    private static <T> T read(String what, List<String> unreadable, Supplier<T> source) {
        try {
            return source.get();
        } catch (ServiceUnavailable | ServiceRefusal notNow) {
            unreadable.add(what);
            return null;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
