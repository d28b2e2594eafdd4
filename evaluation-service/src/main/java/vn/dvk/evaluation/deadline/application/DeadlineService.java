package vn.dvk.evaluation.deadline.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.campaign.application.KnownCampaigns;
import vn.dvk.evaluation.deadline.domain.DeadlineSettings;
import vn.dvk.evaluation.deadline.domain.Deadlines;
import vn.dvk.evaluation.deadline.domain.DeadlinesByCampaign;
import vn.dvk.evaluation.deadline.domain.ReminderSchedule;
import vn.dvk.evaluation.inspection.application.InspectionPlanService;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.model.domain.ModelViews;
import vn.dvk.evaluation.scoring.application.EvaluationService;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;
import vn.dvk.evaluation.shared.domain.LevelSetting;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.UnitSelection;

/** What is due or late per unit in a year: inspection reports, recognitions and self-assessments (seed 001). */
@Service
public class DeadlineService implements DueItems {

    private static final Set<ModelStatus> RECOGNITION_DUE = Set.of(ModelStatus.APPROVED, ModelStatus.IN_PROGRESS,
            ModelStatus.RECOGNIZED, ModelStatus.NOT_RECOGNIZED);
    private static final Set<ModelStatus> RECOGNITION_DECIDED = Set.of(ModelStatus.RECOGNIZED,
            ModelStatus.NOT_RECOGNIZED);

    /**
     * A campaign's deadlines as the API shows them, with the days before each on which units are reminded: the unit
     * that set them and their version, or no unit and version 0 for the configured defaults.
     */
    public record CampaignDeadlines(String campaignId, String midYearReport, String yearEndReport,
                                    String recognition, List<Integer> reminderDays, String unitCode, long version) {
    }

    /**
     * One thing due: for which unit, about what, by when, and where it stands; the campaign whose deadlines apply,
     * when there is one.
     */
    public record Item(Deadlines.Kind kind, String unitCode, String unitPath, String subjectId, String subjectName,
                       String campaignId, LocalDate dueDate, Deadlines.DeadlineStatus status) {
    }

    /** The list for a unit and year, as of {@code today}. */
    public record Listing(String unit, int year, LocalDate today, List<Item> items) {
    }

    private final ModelViews models;
    private final InspectionPlanService plans;
    private final EvaluationService evaluations;
    private final SelfAssessmentService selfAssessments;
    private final DeadlinesByCampaign deadlinesByCampaign;
    private final KnownCampaigns campaigns;
    private final InstanceScope scope;
    private final Clock clock;
    private final Deadlines defaults;
    private final ReminderSchedule configuredReminders;

    public DeadlineService(ModelViews models, InspectionPlanService plans, EvaluationService evaluations,
                           SelfAssessmentService selfAssessments, DeadlinesByCampaign deadlinesByCampaign,
                           KnownCampaigns campaigns, InstanceScope scope, Clock clock,
                           EvaluationProperties properties) {
        this.models = models;
        this.plans = plans;
        this.evaluations = evaluations;
        this.selfAssessments = selfAssessments;
        this.deadlinesByCampaign = deadlinesByCampaign;
        this.campaigns = campaigns;
        this.scope = scope;
        this.clock = clock;
        EvaluationProperties.Deadlines configured = properties.deadlines();
        this.defaults = Deadlines.parse(configured.midYearReport(), configured.yearEndReport(),
                configured.recognition(), Deadlines.SEED_001);
        this.configuredReminders = new ReminderSchedule(properties.reminders().daysBefore(),
                properties.reminders().campaignDaysBefore());
    }

    /** The deadlines of the campaign that apply at the unit of {@code unitPath}. */
    public Deadlines of(String campaignId, String unitPath) {
        if (campaignId == null) {
            return defaults;
        }
        return deadlinesByCampaign.applyingAt(campaignId, unitPath).map(setting -> setting.value().deadlines())
                .orElse(defaults);
    }

    @Override
    public Optional<List<Integer>> reminderDaysSet(String campaignId, String unitPath) {
        if (campaignId == null) {
            return Optional.empty();
        }
        return deadlinesByCampaign.applyingAt(campaignId, unitPath)
                .map(setting -> setting.value().reminderDays());
    }

    /** The deadlines of the campaign that apply for the official who asks. */
    public CampaignDeadlines get(String campaignId) {
        Optional<LevelSetting<DeadlineSettings>> stored = deadlinesByCampaign.applyingAt(campaignId,
                scope.visibleSubtree());
        return view(campaignId, stored.map(setting -> setting.value().deadlines()).orElse(defaults),
                reminderDaysOr(campaignId, stored.map(setting -> setting.value().reminderDays()).orElse(null)),
                stored.map(setting -> scope.codeOf(setting.unitPath())).orElse(null),
                stored.map(LevelSetting::version).orElse(0L));
    }

    /**
     * Sets the deadlines and reminder days the official's unit (the instance's when his unit lies above it) gives a
     * campaign registration announced, and tells the units below ({@code campaign-deadlines.set}: their reports are due
     * on these days). A field left out keeps what applies now; a body that sets nothing is refused rather than read as
     * a reset.
     */
    public CampaignDeadlines set(String campaignId, String midYearReport, String yearEndReport, String recognition,
                                 List<Integer> reminderDays) {
        if (isBlank(midYearReport) && isBlank(yearEndReport) && isBlank(recognition) && reminderDays == null) {
            String nothing = "cần ít nhất một hạn hoặc ngày nhắc; yêu cầu rỗng không đặt lại gì";
            throw Rejection.invalid(List.of(new Rejection.FieldIssue("midYearReport", nothing),
                    new Rejection.FieldIssue("yearEndReport", nothing),
                    new Rejection.FieldIssue("recognition", nothing),
                    new Rejection.FieldIssue("reminderDays", nothing)));
        }
        List<Integer> days = DeadlineSettings.checkedReminderDays(reminderDays);
        String unitPath = scope.settingLevel();
        Optional<LevelSetting<DeadlineSettings>> current = deadlinesByCampaign.applyingAt(campaignId, unitPath);
        Deadlines deadlines = Deadlines.parse(midYearReport, yearEndReport, recognition,
                current.map(setting -> setting.value().deadlines()).orElse(defaults));
        campaigns.require(campaignId);
        List<Integer> keptDays = days != null ? days
                : current.map(setting -> setting.value().reminderDays()).orElse(null);
        Instant now = clock.instant();
        CampaignDeadlinesSet set = new CampaignDeadlinesSet(campaignId, scope.codeOf(unitPath), unitPath,
                deadlines.midYearReport(), deadlines.yearEndReport(), deadlines.recognition(), now);
        long version = deadlinesByCampaign.put(campaignId, unitPath, new DeadlineSettings(deadlines, keptDays), now,
                new OutboundEvent<>(EvaluationEvents.CAMPAIGN_DEADLINES_SET, campaignId, unitPath, set));
        return view(campaignId, deadlines, reminderDaysOr(campaignId, keptDays), scope.codeOf(unitPath), version);
    }

    private List<Integer> reminderDaysOr(String campaignId, List<Integer> set) {
        return set != null ? set
                : configuredReminders.daysBeforeFor(campaignId).stream().sorted(Comparator.reverseOrder()).toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static CampaignDeadlines view(String campaignId, Deadlines deadlines, List<Integer> reminderDays,
                                          String unitCode, long version) {
        return new CampaignDeadlines(campaignId, Deadlines.format(deadlines.midYearReport()),
                Deadlines.format(deadlines.yearEndReport()), Deadlines.format(deadlines.recognition()), reminderDays,
                unitCode, version);
    }

    @Override
    public List<Item> inScope(int year) {
        return list(new UnitSelection(scope.code(), scope.path()), year).items();
    }

    public Listing list(UnitSelection unit, Integer requestedYear) {
        LocalDate today = LocalDate.now(clock);
        int year = requestedYear == null ? today.getYear() : requestedYear;
        List<Item> items = new ArrayList<>();
        for (InspectionPlan plan : plans.concerning(unit.path(), year)) {
            // The report of a plan is due from its issuer; only the instance whose scope holds the issuer lists it
            // (and reminds of it), not the instances below that keep a copy of the plan.
            if (plan.round() == InspectionRound.AD_HOC || !scope.coversPath(plan.unitPath())) {
                continue;
            }
            boolean midYear = plan.round() == InspectionRound.MID_YEAR;
            Deadlines deadlines = of(plan.campaignId(), plan.unitPath());
            LocalDate due = (midYear ? deadlines.midYearReport() : deadlines.yearEndReport()).atYear(year);
            boolean done = plans.allInspected(plan);
            items.add(new Item(midYear ? Deadlines.Kind.MID_YEAR_REPORT : Deadlines.Kind.YEAR_END_REPORT,
                    plan.issuingUnitCode(), plan.unitPath(), plan.id(), plan.name(), plan.campaignId(), due,
                    Deadlines.status(due, done, today)));
        }
        for (ModelView model : models.ofYearWithin(unit.path(), year)) {
            if (!RECOGNITION_DUE.contains(model.status())) {
                continue;
            }
            LocalDate due = of(model.campaignId(), model.unitPath()).recognition().atYear(year);
            boolean done = RECOGNITION_DECIDED.contains(model.status()) || evaluations.hasYearEnd(model.id(), year);
            items.add(new Item(Deadlines.Kind.RECOGNITION, model.unitCode(), model.unitPath(), model.id(),
                    model.name(), model.campaignId(), due, Deadlines.status(due, done, today)));
        }
        for (ModelView model : models.activeWithin(unit.path())) {
            for (SelfAssessmentService.ScheduledPeriod scheduled : selfAssessments.schedule(model)) {
                if (scheduled.period().due().getYear() != year) {
                    continue;
                }
                items.add(new Item(Deadlines.Kind.SELF_ASSESSMENT, model.unitCode(), model.unitPath(), model.id(),
                        model.name() + " (kỳ " + scheduled.period().start() + " – " + scheduled.period().end() + ")",
                        model.campaignId(), scheduled.period().due(), Deadlines.status(scheduled.period().due(), scheduled.covered(),
                        today)));
            }
        }
        items.sort(Comparator.comparing(Item::dueDate).thenComparing(Item::unitPath).thenComparing(Item::subjectId));
        return new Listing(unit.code(), year, today, items);
    }
}
