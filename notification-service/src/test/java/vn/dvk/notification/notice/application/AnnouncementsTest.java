package vn.dvk.notification.notice.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.notification.support.Events.inbound;
import static vn.dvk.notification.support.Events.model;
import static vn.dvk.notification.support.Events.registered;
import static vn.dvk.notification.support.Events.statusChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.evaluation.DeadlineApproaching;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.contracts.evaluation.SelfAssessmentOverdue;
import vn.dvk.notification.notice.domain.Announcement;
import vn.dvk.notification.notice.domain.Audience;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.contracts.catalog.Role;

/** What each event says, in Vietnamese, and who hears of it by default. */
class AnnouncementsTest {

    private static final Instant NOW = Instant.parse("2022-06-20T02:00:00Z");

    private final Announcements announcements = new Announcements(CurrentUnitDirectory.fixed(DemoUnits.DIRECTORY));

    @Test
    void a_model_returned_with_a_reason_is_told_to_the_clerks_of_its_unit_with_the_reason_and_who_decided() {
        Announcement told = announcements.modelStatusChanged(inbound(statusChanged(
                model("m-1", "04096", ModelStatus.REGISTERED, 1), ModelStatus.RETURNED,
                "Bổ sung thời gian thực hiện")));

        assertThat(told.notice().kind()).isEqualTo(NoticeKind.MODEL_STATUS_CHANGED);
        assertThat(told.notice().title()).isEqualTo("Mô hình \"Mô hình trồng lê Tai nung\" được trả lại để chỉnh sửa");
        assertThat(told.notice().body()).isEqualTo("""
                Mô hình "Mô hình trồng lê Tai nung" của Xã Lóng Phiêng (năm 2022) chuyển từ "Đã đăng ký" sang \
                "Trả lại để chỉnh sửa".
                Lý do: Bổ sung thời gian thực hiện
                Người quyết định: Ban Dân vận Huyện ủy Yên Châu""");
        assertThat(told.notice().linkPath()).isEqualTo("/models/m-1");
        assertThat(told.notice().unitPath()).isEqualTo("14/124/04096");
        assertThat(told.defaults()).containsExactly(new Audience(Role.UNIT_CLERK, "04096"));
    }

    @Test
    void a_resubmitted_model_goes_back_to_the_steering_committee_and_a_withdrawal_is_told_to_no_one() {
        Announcement resubmitted = announcements.modelStatusChanged(inbound(statusChanged(
                model("m-1", "04096", ModelStatus.RETURNED, 3), ModelStatus.REGISTERED, "Đã bổ sung")));
        Announcement withdrawn = announcements.modelStatusChanged(inbound(statusChanged(
                model("m-1", "04096", ModelStatus.REGISTERED, 4), ModelStatus.WITHDRAWN, "Không đủ nguồn lực")));

        assertThat(resubmitted.defaults()).containsExactly(new Audience(Role.STEERING_MEMBER, "04096"));
        assertThat(withdrawn.defaults()).isEmpty();
    }

    @Test
    void a_registration_awaits_the_steering_committee_of_the_models_management_level() {
        Announcement grassroots = announcements.modelRegistered(inbound(registered(
                model("m-1", "04096", ManagementLevel.GRASSROOTS, ModelStatus.REGISTERED, 1))));
        Announcement district = announcements.modelRegistered(inbound(registered(
                model("m-2", "04096", ManagementLevel.DISTRICT, ModelStatus.REGISTERED, 1))));
        Announcement province = announcements.modelRegistered(inbound(registered(
                model("m-3", "04096", ManagementLevel.PROVINCE, ModelStatus.REGISTERED, 1))));

        assertThat(grassroots.defaults()).containsExactly(new Audience(Role.STEERING_MEMBER, "04096"));
        assertThat(district.defaults()).containsExactly(new Audience(Role.STEERING_MEMBER, "124"));
        assertThat(province.defaults()).containsExactly(new Audience(Role.STEERING_MEMBER, "14"));
        assertThat(district.notice().title()).isEqualTo("Mô hình mới chờ xét duyệt: \"Mô hình trồng lê Tai nung\"");
        assertThat(district.notice().body()).startsWith("Xã Lóng Phiêng đã đăng ký mô hình \"Mô hình trồng lê Tai"
                + " nung\" (Cấp huyện, lĩnh vực Phát triển kinh tế, năm 2022).");
    }

    @Test
    void deadlines_count_down_to_the_day_and_are_told_to_the_units_clerks() {
        DeadlineApproaching inAWeek = new DeadlineApproaching(DeadlineApproaching.Deadline.SELF_ASSESSMENT, "04096",
                "14/124/04096", "m-1", "Mô hình trồng lê Tai nung (kỳ 01/04/2022 – 30/06/2022)", null,
                LocalDate.of(2022, 7, 10), 7, NOW);
        DeadlineApproaching today = new DeadlineApproaching(DeadlineApproaching.Deadline.YEAR_END_REPORT, "124",
                "14/124", "plan-1", "Kế hoạch kiểm tra năm 2022", null, LocalDate.of(2022, 12, 15), 0, NOW);

        Announcement week = announcements.deadlineApproaching(inbound(EvaluationEvents.DEADLINE_APPROACHING, "m-1",
                "14/124/04096", inAWeek));
        Announcement day = announcements.deadlineApproaching(inbound(EvaluationEvents.DEADLINE_APPROACHING,
                "plan-1", "14/124", today));

        assertThat(week.notice().kind()).isEqualTo(NoticeKind.SELF_ASSESSMENT_DUE);
        assertThat(week.notice().title()).isEqualTo("Còn 7 ngày: Báo cáo tự đánh giá – Mô hình trồng lê Tai nung"
                + " (kỳ 01/04/2022 – 30/06/2022)");
        assertThat(week.notice().body()).contains("đến hạn ngày 10/07/2022 (còn 7 ngày)");
        assertThat(week.defaults()).containsExactly(new Audience(Role.UNIT_CLERK, "04096"));
        assertThat(day.notice().kind()).isEqualTo(NoticeKind.DEADLINE_APPROACHING);
        assertThat(day.notice().title()).startsWith("Hôm nay là hạn cuối: Báo cáo tổng kết cuối năm");
        assertThat(day.notice().linkPath()).isEqualTo("/inspection-plans/plan-1");
    }

    @Test
    void an_overdue_self_assessment_is_told_to_the_clerks_of_its_unit() {
        Announcement overdue = announcements.selfAssessmentOverdue(inbound(EvaluationEvents.SELF_ASSESSMENT_OVERDUE,
                "m-1", "14/124/04096", new SelfAssessmentOverdue("m-1", "14/124/04096", 2022,
                        LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 10), NOW)));

        assertThat(overdue.notice().title()).isEqualTo("Quá hạn báo cáo tự đánh giá kỳ 01/04/2022 – 30/06/2022");
        assertThat(overdue.defaults()).containsExactly(new Audience(Role.UNIT_CLERK, "04096"));
    }

    @Test
    void an_inspection_plan_is_told_to_the_clerks_of_each_unit_it_inspects_once() {
        InspectionPlanPublished plan = new InspectionPlanPublished("plan-1", "124", "14/124", 2022,
                InspectionRound.YEAR_END, "Kế hoạch kiểm tra mô hình \"Dân vận khéo\" năm 2022", "81/QĐ-UBND",
                LocalDate.of(2022, 1, 27), List.of(
                new InspectionPlanPublished.Target("t-1", "04096", "14/124/04096", "Xã Lóng Phiêng", null, "team-1"),
                new InspectionPlanPublished.Target("t-2", "04096", "14/124/04096", "Xã Lóng Phiêng", "m-1",
                        "team-1"),
                new InspectionPlanPublished.Target("t-3", "04063", "14/124/04063", "Xã Chiềng Đông", null,
                        "team-1")), List.of(), "UBND huyện Yên Châu", NOW);

        Announcement told = announcements.inspectionPlanPublished(inbound(EvaluationEvents.INSPECTION_PLAN_PUBLISHED,
                "plan-1", "14/124", plan));

        assertThat(told.defaults()).containsExactly(new Audience(Role.UNIT_CLERK, "04096"),
                new Audience(Role.UNIT_CLERK, "04063"));
        assertThat(told.notice().body()).startsWith("Huyện Yên Châu ban hành Kế hoạch kiểm tra mô hình \"Dân vận"
                + " khéo\" năm 2022 (81/QĐ-UBND ngày 27/01/2022): kiểm tra cuối năm 2022, 3 nơi được kiểm tra.");
    }

    @Test
    void a_submitted_proposal_awaits_the_council_of_the_unit_issuing_the_award() {
        AwardFacts.ProposalSubmitted submitted = new AwardFacts.ProposalSubmitted("p-1", 2022, "GK_UBND_HUYEN",
                "124", "04096", List.of(new AwardFacts.Nominee("Hộ ông Nguyễn Hương Bông"),
                new AwardFacts.Nominee("Chi hội Nông dân bản Cồn Huôt")), "longphieng.canbo");

        Announcement told = announcements.proposalSubmitted(inbound(AwardFacts.PROPOSAL_SUBMITTED, "p-1",
                "14/124/04096", submitted));

        assertThat(told.notice().kind()).isEqualTo(NoticeKind.PROPOSAL_SUBMITTED);
        assertThat(told.notice().title()).isEqualTo("Hồ sơ đề nghị khen thưởng mới: Xã Lóng Phiêng");
        assertThat(told.notice().body()).isEqualTo("""
                Xã Lóng Phiêng đã gửi hồ sơ đề nghị khen thưởng năm 2022 (hình thức GK_UBND_HUYEN) lên Huyện Yên \
                Châu, 2 đối tượng:
                - Hộ ông Nguyễn Hương Bông
                - Chi hội Nông dân bản Cồn Huôt
                Người gửi: longphieng.canbo.
                Hồ sơ đang chờ Hội đồng Thi đua – Khen thưởng xem xét.""");
        assertThat(told.notice().linkPath()).isEqualTo("/proposals/p-1");
        assertThat(told.defaults()).containsExactly(new Audience(Role.COUNCIL_MEMBER, "124"));
    }

    @Test
    void a_returned_proposal_is_told_to_the_proposing_units_clerks_with_the_reason() {
        AwardFacts.ProposalReturned returned = new AwardFacts.ProposalReturned("p-1", "04096", "124",
                "Thiếu biên bản họp bình xét", null, null, "yenchau.hoidong");

        Announcement told = announcements.proposalReturned(inbound(AwardFacts.PROPOSAL_RETURNED, "p-1",
                "14/124/04096", returned));

        assertThat(told.notice().kind()).isEqualTo(NoticeKind.PROPOSAL_RETURNED);
        assertThat(told.notice().body()).isEqualTo("""
                Huyện Yên Châu trả lại hồ sơ đề nghị khen thưởng của Xã Lóng Phiêng để bổ sung.
                Lý do: Thiếu biên bản họp bình xét
                Người trả lại: yenchau.hoidong.""");
        assertThat(told.defaults()).containsExactly(new Audience(Role.UNIT_CLERK, "04096"));
    }

    @Test
    void a_granted_award_names_its_decision_recipients_and_amounts_and_a_declined_one_its_reason() {
        AwardFacts.Decided granted = new AwardFacts.Decided("p-1", "GRANTED", "123/QĐ-UBND",
                LocalDate.of(2022, 12, 20), "124", "Giấy khen của Chủ tịch UBND huyện", "04096", null,
                List.of(new AwardFacts.Recipient("Hộ ông Nguyễn Hương Bông", 1_490_000)), "yenchau.chutich");
        AwardFacts.Decided declined = new AwardFacts.Decided("p-2", "DECLINED", null, null, "124", null, "04096",
                "Chưa đủ thời gian thực hiện", List.of(), "yenchau.chutich");

        Announcement grant = announcements.proposalDecided(inbound(AwardFacts.DECIDED, "p-1", "14/124/04096",
                granted));
        Announcement decline = announcements.proposalDecided(inbound(AwardFacts.DECIDED, "p-2", "14/124/04096",
                declined));

        assertThat(grant.notice().title()).isEqualTo("Quyết định khen thưởng: Giấy khen của Chủ tịch UBND huyện");
        assertThat(grant.notice().body()).isEqualTo("""
                Quyết định số 123/QĐ-UBND ngày 20/12/2022 của Huyện Yên Châu về hồ sơ đề nghị khen thưởng của Xã \
                Lóng Phiêng: khen thưởng (Giấy khen của Chủ tịch UBND huyện).
                - Hộ ông Nguyễn Hương Bông: 1.490.000 đồng""");
        assertThat(decline.notice().title()).isEqualTo("Hồ sơ đề nghị khen thưởng không được chấp thuận");
        assertThat(decline.notice().body()).endsWith("không khen thưởng.\nLý do: Chưa đủ thời gian thực hiện");
        assertThat(grant.defaults()).containsExactly(new Audience(Role.UNIT_CLERK, "04096"));
    }
}
