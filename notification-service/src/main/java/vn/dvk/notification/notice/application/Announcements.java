package vn.dvk.notification.notice.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.evaluation.DeadlineApproaching;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.contracts.evaluation.SelfAssessmentOverdue;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.notification.notice.domain.Announcement;
import vn.dvk.notification.notice.domain.Audience;
import vn.dvk.notification.notice.domain.Notice;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * Says in Vietnamese what each event means to the officials concerned, and who hears of it without having asked:
 * the unit's clerks of their models' status changes and the reasons given, the Steering Committee of the model's
 * level of registrations awaiting its review, the clerks of what is due or late at their unit and of the inspections
 * planned there, the council of the issuing unit of the award proposals submitted to it, the proposing unit's clerks
 * of their proposals returned or decided. Decisions the unit took itself (a resubmission, a withdrawal) are not told
 * back to it.
 */
@Component
public class Announcements {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<ModelStatus> DECIDED_FOR_THE_UNIT = Set.of(ModelStatus.APPROVED, ModelStatus.RETURNED,
            ModelStatus.REJECTED, ModelStatus.RECOGNIZED, ModelStatus.NOT_RECOGNIZED);

    private final CurrentUnitDirectory directory;

    public Announcements(CurrentUnitDirectory directory) {
        this.directory = directory;
    }

    public Announcement modelRegistered(InboundEvent<ModelRegistered> event) {
        ModelSnapshot model = event.payload().model();
        String body = unitName(model.unitCode()) + " đã đăng ký mô hình \"" + model.name() + "\" ("
                + model.level().label() + ", lĩnh vực " + model.field().label() + ", năm " + model.year() + ").\n"
                + "Người phụ trách: " + model.personInCharge() + ".\n"
                + "Người đăng ký: " + model.ownerName() + ".\n"
                + "Mô hình đang chờ Ban Chỉ đạo xem xét, phê duyệt.";
        return new Announcement(notice(event, NoticeKind.MODEL_REGISTERED,
                "Mô hình mới chờ xét duyệt: \"" + model.name() + "\"", body, modelLink(model.id())),
                List.of(new Audience(Role.STEERING_MEMBER, reviewingUnit(model))));
    }

    public Announcement modelStatusChanged(InboundEvent<ModelStatusChanged> event) {
        ModelStatusChanged change = event.payload();
        ModelSnapshot model = change.model();
        StringBuilder body = new StringBuilder("Mô hình \"" + model.name() + "\" của " + unitName(model.unitCode())
                + " (năm " + model.year() + ") chuyển từ \"" + change.from().label() + "\" sang \""
                + change.to().label() + "\".");
        if (change.reason() != null && !change.reason().isBlank()) {
            body.append("\nLý do: ").append(change.reason().strip());
        }
        if (change.decidedBy() != null && !change.decidedBy().isBlank()) {
            body.append("\nNgười quyết định: ").append(change.decidedBy().strip());
        }
        List<Audience> defaults;
        if (DECIDED_FOR_THE_UNIT.contains(change.to())) {
            defaults = List.of(new Audience(Role.UNIT_CLERK, model.unitCode()));
        } else if (change.to() == ModelStatus.REGISTERED) {
            defaults = List.of(new Audience(Role.STEERING_MEMBER, reviewingUnit(model)));
        } else {
            defaults = List.of();
        }
        return new Announcement(notice(event, NoticeKind.MODEL_STATUS_CHANGED, statusTitle(model.name(),
                change.to()), body.toString(), modelLink(model.id())), defaults);
    }

    public Announcement reviewDecided(InboundEvent<ReviewDecided> event) {
        ReviewDecided review = event.payload();
        StringBuilder body = new StringBuilder("Ban Chỉ đạo đã xét duyệt đăng ký mô hình mã " + review.modelId()
                + " của " + unitName(lastCode(review.unitPath())) + ": " + review.decision().label() + ".");
        if (review.reason() != null && !review.reason().isBlank()) {
            body.append("\nLý do: ").append(review.reason().strip());
        }
        body.append("\nNgười xét duyệt: ").append(review.reviewer());
        return new Announcement(notice(event, NoticeKind.REVIEW_DECIDED, "Kết quả xét duyệt đăng ký mô hình: "
                + review.decision().label(), body.toString(), modelLink(review.modelId())), List.of());
    }

    public Announcement selfAssessmentOverdue(InboundEvent<SelfAssessmentOverdue> event) {
        SelfAssessmentOverdue overdue = event.payload();
        String unitCode = lastCode(overdue.unitPath());
        String period = day(overdue.periodStart()) + " – " + day(overdue.periodEnd());
        String body = "Báo cáo tự đánh giá kỳ " + period + " của mô hình mã " + overdue.modelId() + " ("
                + unitName(unitCode) + ") đến hạn ngày " + day(overdue.dueDate()) + " nhưng chưa được nộp.\n"
                + "Đề nghị đơn vị nộp báo cáo sớm.";
        return new Announcement(notice(event, NoticeKind.SELF_ASSESSMENT_OVERDUE,
                "Quá hạn báo cáo tự đánh giá kỳ " + period, body, modelLink(overdue.modelId())),
                List.of(new Audience(Role.UNIT_CLERK, unitCode)));
    }

    public Announcement deadlineApproaching(InboundEvent<DeadlineApproaching> event) {
        DeadlineApproaching due = event.payload();
        String what = due.deadline().label() + " – " + due.subjectName();
        String title = due.daysLeft() == 0 ? "Hôm nay là hạn cuối: " + what
                : "Còn " + due.daysLeft() + " ngày: " + what;
        String body = due.deadline().label() + " của " + unitName(due.unitCode()) + " về \"" + due.subjectName()
                + "\" đến hạn ngày " + day(due.dueDate())
                + (due.daysLeft() == 0 ? " (hôm nay)." : " (còn " + due.daysLeft() + " ngày).");
        boolean aboutAModel = due.deadline() == DeadlineApproaching.Deadline.SELF_ASSESSMENT
                || due.deadline() == DeadlineApproaching.Deadline.RECOGNITION;
        NoticeKind kind = due.deadline() == DeadlineApproaching.Deadline.SELF_ASSESSMENT
                ? NoticeKind.SELF_ASSESSMENT_DUE : NoticeKind.DEADLINE_APPROACHING;
        return new Announcement(notice(event, kind, title, body, aboutAModel ? modelLink(due.subjectId())
                : "/inspection-plans/" + due.subjectId()), List.of(new Audience(Role.UNIT_CLERK, due.unitCode())));
    }

    public Announcement inspectionPlanPublished(InboundEvent<InspectionPlanPublished> event) {
        InspectionPlanPublished plan = event.payload();
        Set<String> targetUnits = new LinkedHashSet<>();
        plan.targets().forEach(target -> targetUnits.add(target.unitCode()));
        String decision = plan.decisionNumber() == null ? ""
                : " (" + plan.decisionNumber() + (plan.decisionDate() == null ? "" : " ngày "
                + day(plan.decisionDate())) + ")";
        String round = plan.round().label().toLowerCase(Locale.ROOT);
        StringBuilder body = new StringBuilder(unitName(plan.issuingUnitCode()) + " ban hành " + plan.name()
                + decision + ": " + round + (round.endsWith(" năm") ? " " : " năm ") + plan.year() + ", "
                + plan.targets().size() + " nơi được kiểm tra.");
        for (InspectionPlanPublished.Target target : plan.targets()) {
            body.append("\n- ").append(target.unitName() == null ? unitName(target.unitCode()) : target.unitName());
        }
        List<Audience> defaults = new ArrayList<>();
        targetUnits.forEach(unit -> defaults.add(new Audience(Role.UNIT_CLERK, unit)));
        return new Announcement(notice(event, NoticeKind.INSPECTION_PLANNED, "Kế hoạch kiểm tra: " + plan.name(),
                body.toString(), "/inspection-plans/" + plan.planId()), defaults);
    }

    public Announcement modelEvaluated(InboundEvent<ModelEvaluated> event) {
        ModelEvaluated evaluation = event.payload();
        String verdict = evaluation.recognized() ? "đạt, đề nghị công nhận" : "chưa đạt";
        String body = evaluation.round().label() + " năm " + evaluation.year() + ": mô hình mã "
                + evaluation.modelId() + " được " + evaluation.totalScore() + " điểm, " + verdict + ".\n"
                + "Đánh giá bởi: " + evaluation.evaluatedBy() + ".";
        return new Announcement(notice(event, NoticeKind.EVALUATION_RECORDED, "Kết quả đánh giá mô hình: "
                + evaluation.totalScore() + " điểm, " + verdict, body, modelLink(evaluation.modelId())), List.of());
    }

    public Announcement proposalSubmitted(InboundEvent<AwardFacts.ProposalSubmitted> event) {
        AwardFacts.ProposalSubmitted proposal = event.payload();
        List<AwardFacts.Nominee> nominees = proposal.nominees() == null ? List.of() : proposal.nominees();
        StringBuilder body = new StringBuilder(unitName(proposal.proposingUnitCode())
                + " đã gửi hồ sơ đề nghị khen thưởng năm " + proposal.year() + " (hình thức " + proposal.formCode()
                + ") lên " + unitName(proposal.issuingUnitCode()) + ", " + nominees.size() + " đối tượng:");
        nominees.forEach(nominee -> body.append("\n- ").append(nominee.name()));
        body.append("\nNgười gửi: ").append(proposal.submittedBy()).append('.');
        body.append("\nHồ sơ đang chờ Hội đồng Thi đua – Khen thưởng xem xét.");
        return new Announcement(notice(event, NoticeKind.PROPOSAL_SUBMITTED, "Hồ sơ đề nghị khen thưởng mới: "
                + unitName(proposal.proposingUnitCode()), body.toString(), proposalLink(proposal.proposalId())),
                List.of(new Audience(Role.COUNCIL_MEMBER, proposal.issuingUnitCode())));
    }

    public Announcement proposalReturned(InboundEvent<AwardFacts.ProposalReturned> event) {
        AwardFacts.ProposalReturned returned = event.payload();
        StringBuilder body = new StringBuilder(unitName(returned.issuingUnitCode())
                + " trả lại hồ sơ đề nghị khen thưởng của " + unitName(returned.proposingUnitCode())
                + " để bổ sung");
        if (returned.decisionNumber() != null) {
            body.append(" (quyết định số ").append(returned.decisionNumber())
                    .append(returned.decisionDate() == null ? "" : " ngày " + day(returned.decisionDate()))
                    .append(')');
        }
        body.append('.');
        if (returned.reason() != null && !returned.reason().isBlank()) {
            body.append("\nLý do: ").append(returned.reason().strip());
        }
        body.append("\nNgười trả lại: ").append(returned.returnedBy()).append('.');
        return new Announcement(notice(event, NoticeKind.PROPOSAL_RETURNED,
                "Hồ sơ đề nghị khen thưởng được trả lại để bổ sung", body.toString(),
                proposalLink(returned.proposalId())),
                List.of(new Audience(Role.UNIT_CLERK, returned.proposingUnitCode())));
    }

    public Announcement proposalDecided(InboundEvent<AwardFacts.Decided> event) {
        AwardFacts.Decided decided = event.payload();
        boolean granted = "GRANTED".equals(decided.outcome());
        String decision = decided.decisionNumber() == null ? "" : " số " + decided.decisionNumber()
                + (decided.decisionDate() == null ? "" : " ngày " + day(decided.decisionDate()));
        StringBuilder body = new StringBuilder("Quyết định" + decision + " của " + unitName(decided.issuingUnitCode())
                + " về hồ sơ đề nghị khen thưởng của " + unitName(decided.proposingUnitCode()) + ": "
                + (granted ? "khen thưởng (" + decided.formName() + ")" : "không khen thưởng") + ".");
        if (granted && decided.recipients() != null) {
            decided.recipients().forEach(recipient -> body.append("\n- ").append(recipient.name()).append(": ")
                    .append(money(recipient.amount())).append(" đồng"));
        }
        if (!granted && decided.reason() != null && !decided.reason().isBlank()) {
            body.append("\nLý do: ").append(decided.reason().strip());
        }
        return new Announcement(notice(event, NoticeKind.PROPOSAL_DECIDED, granted
                ? "Quyết định khen thưởng: " + decided.formName() : "Hồ sơ đề nghị khen thưởng không được chấp thuận",
                body.toString(), proposalLink(decided.proposalId())),
                List.of(new Audience(Role.UNIT_CLERK, decided.proposingUnitCode())));
    }

    private static Notice notice(InboundEvent<?> event, NoticeKind kind, String title, String body,
                                 String linkPath) {
        return new Notice(event.id(), event.type(), kind, event.unitPath(), title, body, linkPath, event.time());
    }

    private static String statusTitle(String name, ModelStatus to) {
        String model = "Mô hình \"" + name + "\"";
        return switch (to) {
            case APPROVED -> model + " đã được phê duyệt";
            case RETURNED -> model + " được trả lại để chỉnh sửa";
            case REJECTED -> model + " không được phê duyệt";
            case IN_PROGRESS -> model + " đang triển khai";
            case RECOGNIZED -> model + " được công nhận";
            case NOT_RECOGNIZED -> model + " không được công nhận";
            case REGISTERED -> model + " được gửi lại để xét duyệt";
            case WITHDRAWN -> model + " đã được rút";
        };
    }

    /**
     * The unit whose Steering Committee reviews a model: the province for a province-level model, the district for a
     * district-level one (the province where the tree has no districts), the model's own unit for a grassroots one.
     */
    private String reviewingUnit(ModelSnapshot model) {
        if (model.level() == ManagementLevel.GRASSROOTS) {
            return model.unitCode();
        }
        UnitLevel wanted = model.level() == ManagementLevel.PROVINCE ? UnitLevel.PROVINCE : UnitLevel.DISTRICT;
        List<AdministrativeUnit> line = new ArrayList<>();
        UnitDirectory units = directory.get();
        units.find(model.unitCode()).ifPresent(line::add);
        line.addAll(units.ancestorsOf(model.unitCode()));
        return line.stream().filter(unit -> unit.level() == wanted).findFirst()
                .or(() -> line.stream().filter(unit -> unit.level() == UnitLevel.PROVINCE).findFirst())
                .map(AdministrativeUnit::code).orElse(model.unitCode());
    }

    private String unitName(String code) {
        return directory.get().find(code).map(AdministrativeUnit::fullName).orElse("đơn vị " + code);
    }

    private static String lastCode(String unitPath) {
        return unitPath.substring(unitPath.lastIndexOf('/') + 1);
    }

    private static String modelLink(String modelId) {
        return "/models/" + modelId;
    }

    private static String proposalLink(String proposalId) {
        return "/proposals/" + proposalId;
    }

    /** Vietnamese grouping: 1.490.000. */
    private static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
