package vn.dvk.evaluation.demo.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.Indicator;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.review.application.ReviewService;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;
import vn.dvk.evaluation.shared.domain.IndicatorUnits;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/**
 * The results of the six exemplary models of seed 004 §2.3, which registration-service's demo registers (rows
 * {@code yc-2022-001} to {@code 006} of its demo file): the Steering Committee of each model's management level
 * approves the registration, and the model's unit files the self-assessment of the second half of 2022 with the
 * figures the report gives. Where the report gives a range ("từ 500 triệu đến 1 tỷ đồng", "từ 3-4 hội viên") the
 * figure is its lower bound, what the report vouches for; "trên 2 vạn cây giống" is 20,000.
 *
 * <p>Each step waits for the one before it to come back as an event (the model registered, then approved by
 * registration-service), so {@link #load()} is called again until it reports everything done. A committee outside
 * the instance's scope decides nothing here: a district instance approves only the district's models.
 */
@Service
public class DemoExemplaryModels {

    private static final Logger log = LoggerFactory.getLogger(DemoExemplaryModels.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final LocalDate SECOND_HALF_START = LocalDate.of(2022, 7, 1);
    private static final LocalDate SECOND_HALF_END = LocalDate.of(2022, 12, 31);

    /** One exemplary model: its row key in registration's demo file, its management level and its figures. */
    record Exemplary(String key, ManagementLevel level, Map<Indicator, Double> figures) {

        /** The id registration-service's demo derives from the row key. */
        String modelId() {
            return UUID.nameUUIDFromBytes(("demo-" + key).getBytes(StandardCharsets.UTF_8)).toString();
        }

        String committeeUnit() {
            return level == ManagementLevel.PROVINCE ? "14" : "124";
        }
    }

    static final List<Exemplary> SEED_004 = List.of(
            new Exemplary("yc-2022-001", ManagementLevel.PROVINCE, Map.of(
                    Indicator.INCOME_VND_PER_YEAR, 500_000_000d, Indicator.SEEDLINGS_SUPPLIED, 20_000d)),
            new Exemplary("yc-2022-002", ManagementLevel.PROVINCE, Map.of(
                    Indicator.INCOME_VND_PER_YEAR, 600_000_000d, Indicator.JOBS_CREATED, 8d)),
            new Exemplary("yc-2022-003", ManagementLevel.DISTRICT, Map.of(
                    Indicator.INCOME_VND_PER_YEAR, 1_000_000_000d)),
            new Exemplary("yc-2022-004", ManagementLevel.DISTRICT, Map.of(
                    Indicator.INCOME_VND_PER_YEAR, 1_400_000_000d)),
            new Exemplary("yc-2022-005", ManagementLevel.DISTRICT, Map.of(
                    Indicator.INCOME_VND_PER_YEAR, 500_000_000d, Indicator.JOBS_CREATED, 3d)),
            new Exemplary("yc-2022-006", ManagementLevel.DISTRICT, Map.of(
                    Indicator.INCOME_VND_PER_YEAR, 500_000_000d)));

    private final KnownModels models;
    private final ReviewService reviews;
    private final SelfAssessmentService selfAssessments;
    private final InstanceScope scope;

    public DemoExemplaryModels(KnownModels models, ReviewService reviews, SelfAssessmentService selfAssessments,
                               InstanceScope scope) {
        this.models = models;
        this.reviews = reviews;
        this.selfAssessments = selfAssessments;
        this.scope = scope;
    }

    /** Takes every model one step further; true once each model this instance can decide on has its results. */
    public boolean load() {
        boolean done = true;
        for (Exemplary exemplary : SEED_004) {
            if (scope.covers(exemplary.committeeUnit())) {
                done &= advance(exemplary);
            }
        }
        if (done) {
            log.info("demo results of the exemplary models of seed 004 are loaded");
        }
        return done;
    }

    private boolean advance(Exemplary exemplary) {
        ModelView model = models.find(exemplary.modelId()).orElse(null);
        if (model == null) {
            return false;
        }
        if (model.status() == ModelStatus.REGISTERED) {
            approveOnce(exemplary, model);
            return false;
        }
        if (!model.isActive()) {
            return true;
        }
        if (selfAssessments.ofModel(model.id()).isEmpty()) {
            AdministrativeUnit unit = scope.directory().find(model.unitCode()).orElseThrow();
            selfAssessments.file(new SelfAssessmentService.File(model.id(), SECOND_HALF_START, SECOND_HALF_END,
                    false, 100, exemplary.figures().entrySet().stream()
                    .map(figure -> new IndicatorUnits.Reported(figure.getKey().name(), figure.getValue()))
                    .toList(), null, null, unit.fullName()));
        }
        return true;
    }

    /** Approves once per submission: a decision already taken waits for registration to announce its outcome. */
    private void approveOnce(Exemplary exemplary, ModelView model) {
        if (reviews.ofModel(model.id()).stream().anyMatch(review -> review.modelVersion() == model.version())) {
            return;
        }
        AdministrativeUnit committee = scope.directory().find(exemplary.committeeUnit()).orElseThrow();
        String unitName = committee.fullName().substring(0, 1).toLowerCase(VIETNAMESE)
                + committee.fullName().substring(1);
        Caller member = new Caller("bcd." + committee.code(), "Ban Chỉ đạo " + unitName, committee.code(),
                Set.of(Role.STEERING_MEMBER));
        reviews.decide(member, new ReviewService.DecideReview(model.id(), ReviewDecision.APPROVE, null));
    }
}
