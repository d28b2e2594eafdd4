package vn.dvk.evaluation.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import vn.dvk.evaluation.EvaluationProperties;
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
import vn.dvk.evaluation.scoring.domain.InMemoryEvaluations;
import vn.dvk.evaluation.scoring.domain.InMemoryWeightsByCampaign;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;
import vn.dvk.evaluation.selfassessment.domain.InMemoryOverdueNotices;
import vn.dvk.evaluation.selfassessment.domain.InMemorySelfAssessments;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Role;
import vn.dvk.platform.person.application.PersonDirectory;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.UnitCsv;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * One evaluation-service instance without Spring: its application services on in-memory ports, serving one unit of
 * the bundled Sơn La directory on a fixed day. Application tests arrange through it and read what it stored and
 * announced.
 */
public final class InMemoryEvaluation {

    private static final String DEMO_DIRECTORY = "units/demo-son-la.csv";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final UnitDirectory UNITS = demoDirectory();

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryModelViews views = new InMemoryModelViews();
    private final InMemoryReviews reviews = new InMemoryReviews(outbox);
    private final InMemoryEvaluations evaluations = new InMemoryEvaluations(outbox);
    private final InMemoryWeightsByCampaign weights = new InMemoryWeightsByCampaign();
    private final InMemorySelfAssessments selfAssessments = new InMemorySelfAssessments(outbox);
    private final InMemoryOverdueNotices overdueNotices = new InMemoryOverdueNotices(outbox);
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
        return serving(scopeCode, today, new EvaluationProperties(null, null, null, null));
    }

    public static InMemoryEvaluation serving(String scopeCode, LocalDate today, EvaluationProperties properties) {
        return new InMemoryEvaluation(scopeCode, today, properties);
    }

    /** Registration announced the model; returns what the instance now knows of it. */
    public ModelView knows(ModelFixtures.Builder model) {
        knownModels.apply(model.snapshot());
        return knownModels.find(model.snapshot().id()).orElseThrow();
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
        return new WeightsService(weights, scope, clock);
    }

    public EvaluationService evaluationService() {
        return new EvaluationService(knownModels, weightsService(), evaluations, scope, clock, properties);
    }

    public SelfAssessmentService selfAssessmentService() {
        return selfAssessmentService(overdueNotices);
    }

    /** The self-assessment service on other notices, e.g. a store that answers a check before a write lands. */
    public SelfAssessmentService selfAssessmentService(InMemoryOverdueNotices otherNotices) {
        return new SelfAssessmentService(knownModels, views, selfAssessments, otherNotices, scope, clock,
                properties);
    }

    private static UnitDirectory demoDirectory() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                InMemoryEvaluation.class.getClassLoader().getResourceAsStream(DEMO_DIRECTORY)),
                StandardCharsets.UTF_8)) {
            return UnitDirectory.of(UnitCsv.read(reader, DEMO_DIRECTORY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
