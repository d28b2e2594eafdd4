package vn.dvk.evaluation.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.TeamRole;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.campaign.application.KnownCampaigns;
import vn.dvk.evaluation.campaign.domain.InMemoryCampaignViews;
import vn.dvk.evaluation.demo.application.DemoExemplaryModels;
import vn.dvk.evaluation.inspection.application.InspectionPlanService;
import vn.dvk.evaluation.inspection.domain.InMemoryInspectionPlans;
import vn.dvk.evaluation.inspection.domain.InMemoryInspections;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.InMemoryModelViews;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.rating.application.RatingService;
import vn.dvk.evaluation.rating.domain.InMemoryTaskRatings;
import vn.dvk.evaluation.rating.domain.InMemoryTitles;
import vn.dvk.evaluation.review.application.ReviewService;
import vn.dvk.evaluation.review.domain.InMemoryReviews;
import vn.dvk.evaluation.scoring.application.EvaluationService;
import vn.dvk.evaluation.scoring.application.WeightsService;
import vn.dvk.evaluation.scoring.domain.Evaluations;
import vn.dvk.evaluation.scoring.domain.InMemoryEvaluations;
import vn.dvk.evaluation.scoring.domain.InMemoryWeightsByCampaign;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;
import vn.dvk.evaluation.selfassessment.domain.InMemoryOverdueNotices;
import vn.dvk.evaluation.selfassessment.domain.InMemorySelfAssessments;
import vn.dvk.platform.domain.Caller;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.person.InMemoryKnownPeople;
import vn.dvk.platform.person.application.PersonDirectory;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * One evaluation-service instance without Spring: its application services on in-memory ports, serving one unit of
 * the bundled Sơn La directory on a fixed day. Application tests arrange through it and read what it stored and
 * announced.
 */
public final class InMemoryEvaluation {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final UnitDirectory UNITS = DemoUnits.DIRECTORY;

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryModelViews views = new InMemoryModelViews();
    private final InMemoryReviews reviews = new InMemoryReviews(outbox);
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations(outbox);
    private final InMemoryWeightsByCampaign weights = new InMemoryWeightsByCampaign();
    private final InMemorySelfAssessments selfAssessments = new InMemorySelfAssessments(outbox);
    private final InMemoryOverdueNotices overdueNotices = new InMemoryOverdueNotices(outbox);
    private final InMemoryInspectionPlans plans = new InMemoryInspectionPlans(outbox);
    private final InMemoryInspections inspections = new InMemoryInspections(outbox);
    private final KnownCampaigns knownCampaigns = new KnownCampaigns(new InMemoryCampaignViews());
    private final InMemoryTaskRatings taskRatings = new InMemoryTaskRatings(outbox);
    private final InMemoryTitles titles = new InMemoryTitles(outbox);
    private final PersonDirectory people = new PersonDirectory(new InMemoryKnownPeople());
    private final InstanceScope scope;
    private final Clock clock;
    private final EvaluationProperties properties;
    private final KnownModels knownModels;

    private InMemoryEvaluation(String scopeCode, LocalDate today, EvaluationProperties properties) {
        this.scope = new InstanceScope(UNITS, scopeCode);
        this.clock = Clock.fixed(today.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant(), VIETNAM);
        this.properties = properties;
        this.knownModels = new KnownModels(views, scope);
    }

    /** An instance with the default settings serving {@code scopeCode}, on {@code today}. */
    public static InMemoryEvaluation serving(String scopeCode, LocalDate today) {
        return serving(scopeCode, today, EvaluationProperties.defaults());
    }

    public static InMemoryEvaluation serving(String scopeCode, LocalDate today, EvaluationProperties properties) {
        return new InMemoryEvaluation(scopeCode, today, properties);
    }

    /** Registration announced the model; returns what the instance now knows of it. */
    public ModelView knows(ModelFixtures.Builder model) {
        knownModels.apply(model.snapshot());
        return knownModels.find(model.snapshot().id()).orElseThrow();
    }

    /** Registration announced a campaign of Yên Châu (124) for 2022–2025 under this id. */
    public void knowsCampaign(String campaignId) {
        knownCampaigns.apply(new CampaignSnapshot(campaignId, "124", "14/124", "Phong trào Dân vận khéo " + campaignId,
                null, null, 2022, 2025, null, List.of(), List.of(), 1));
    }

    /**
     * A member of the Steering Committee of {@code unitCode}, as the access token of a request would name him:
     * "Thành viên Ban Chỉ đạo Huyện Yên Châu (bcd.124)".
     */
    public static Caller committeeOf(String unitCode) {
        return new Caller("bcd." + unitCode, "Thành viên Ban Chỉ đạo " + UNITS.find(unitCode).orElseThrow().fullName(),
                unitCode, Set.of(Role.STEERING_MEMBER));
    }

    public InMemoryOutbox outbox() {
        return outbox;
    }

    public InMemoryReviews reviews() {
        return reviews;
    }

    public InMemoryTaskRatings taskRatings() {
        return taskRatings;
    }

    public InMemoryTitles titles() {
        return titles;
    }

    /** The person registry as this instance knows it from award-service's events. */
    public PersonDirectory people() {
        return people;
    }

    public RatingService ratingService() {
        return new RatingService(taskRatings, titles, people, scope, clock);
    }

    public ReviewService reviewService() {
        return reviewService(reviews);
    }

    /** The review service on other reviews, e.g. a store that answers a check before a concurrent write lands. */
    public ReviewService reviewService(InMemoryReviews otherReviews) {
        return new ReviewService(knownModels, otherReviews, scope, clock);
    }

    public WeightsService weightsService() {
        return new WeightsService(weights, knownCampaigns, scope, clock);
    }

    public EvaluationService evaluationService() {
        return evaluationServiceOn(evaluations);
    }

    /** The evaluation service on other evaluations, e.g. a store that answers a check before a racing write lands. */
    public EvaluationService evaluationServiceOn(Evaluations otherEvaluations) {
        return new EvaluationService(knownModels, weightsService(), otherEvaluations, inspectionPlanService(),
                selfAssessmentService(), scope, clock, properties);
    }

    public InMemoryEvaluations evaluations() {
        return evaluations;
    }

    public InspectionPlanService inspectionPlanService() {
        return new InspectionPlanService(knownModels, knownCampaigns, plans, inspections, scope, clock);
    }

    /**
     * The steps before a year-end verdict, as seed 001 §V orders them: the model's unit files the self-assessments of
     * every period of {@code year} that has ended, and its commune's committee publishes a year-end plan targeting the
     * model, whose team inspects it today. Returns the plan's id, for the evaluation to cite.
     */
    public String stepsBeforeYearEnd(ModelView model, int year) {
        LocalDate today = LocalDate.now(clock);
        for (SelfAssessmentService.ScheduledPeriod scheduled : selfAssessmentService().schedule(model)) {
            if (scheduled.period().end().getYear() == year && scheduled.period().end().isBefore(today)
                    && !scheduled.covered()) {
                selfAssessmentService().file(new SelfAssessmentService.File(model.id(), scheduled.period().start(),
                        scheduled.period().end(), false, 80, List.of(), null, null, "UBND " + model.unitCode()));
            }
        }
        String planId = inspectionPlanService().publish(new InspectionPlanService.PublishPlan(year,
                InspectionRound.YEAR_END, "Kiểm tra cuối năm " + year, null, null, model.unitCode(),
                List.of(new InspectionPlanService.TargetDraft(null, null, model.id(), "team-1")),
                List.of(new InspectionPlan.TeamDraft("team-1", "Đoàn kiểm tra số 1", List.of(
                        new InspectionPlan.Member("Lò Văn Khánh", "Trưởng ban", TeamRole.HEAD),
                        new InspectionPlan.Member("Cầm Thị Hoa", "Ủy viên", TeamRole.MEMBER)))),
                "Ban Chỉ đạo " + model.unitCode(), null, false)).id();
        inspectionPlanService().recordInspection(planId, new InspectionPlanService.RecordInspection("t1",
                today.getYear() == year ? today : LocalDate.of(year, 12, 15), "Mô hình thực hiện đúng kế hoạch",
                null, "Đoàn kiểm tra số 1"));
        return planId;
    }

    public SelfAssessmentService selfAssessmentService() {
        return selfAssessmentService(overdueNotices);
    }

    public DemoExemplaryModels demoExemplaryModels() {
        return new DemoExemplaryModels(knownModels, reviewService(), selfAssessmentService(), scope);
    }

    /** The self-assessment service on other notices, e.g. a store that answers a check before a write lands. */
    public SelfAssessmentService selfAssessmentService(InMemoryOverdueNotices otherNotices) {
        return new SelfAssessmentService(knownModels, views, selfAssessments, otherNotices, scope, clock,
                properties);
    }
}
