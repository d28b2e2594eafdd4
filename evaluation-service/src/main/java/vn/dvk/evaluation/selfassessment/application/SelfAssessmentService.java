package vn.dvk.evaluation.selfassessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.contracts.evaluation.SelfAssessmentOverdue;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.model.domain.ModelViews;
import vn.dvk.evaluation.selfassessment.domain.OverdueNotice;
import vn.dvk.evaluation.selfassessment.domain.OverdueNotices;
import vn.dvk.evaluation.selfassessment.domain.PeriodAlreadyAssessed;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessment;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessmentSchedule;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessments;
import vn.dvk.evaluation.shared.domain.IndicatorUnits;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;

/** Self-assessments of models every 3 and 6 months, and the ones that are overdue. */
@Service
public class SelfAssessmentService {

    private static final Logger log = LoggerFactory.getLogger(SelfAssessmentService.class);

    /** A self-assessment as the unit filed it, and the official who filed it. */
    public record File(String modelId, LocalDate periodStart, LocalDate periodEnd, boolean adHoc,
                       int progressPercent, List<IndicatorUnits.Reported> indicators, String difficulties,
                       String proposals, String filedBy) {
    }

    /** A period of a model that is due and not covered by any self-assessment. */
    public record Overdue(String modelId, String modelName, String unitCode, String unitPath, int periodIndex,
                          boolean closesHalfYear, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                          long daysLate) {
    }

    /** A period a model owes, and whether a filed self-assessment covers it. */
    public record ScheduledPeriod(SelfAssessmentSchedule.Period period, boolean covered) {
    }

    private final KnownModels models;
    private final ModelViews views;
    private final SelfAssessments assessments;
    private final OverdueNotices notices;
    private final InstanceScope scope;
    private final Clock clock;
    private final int graceDays;

    public SelfAssessmentService(KnownModels models, ModelViews views, SelfAssessments assessments,
                                 OverdueNotices notices, InstanceScope scope, Clock clock,
                                 EvaluationProperties properties) {
        this.models = models;
        this.views = views;
        this.assessments = assessments;
        this.notices = notices;
        this.scope = scope;
        this.clock = clock;
        this.graceDays = properties.selfAssessment().graceDays();
    }

    /**
     * Files a self-assessment and publishes {@code SelfAssessmentFiled}; returns its id. Its id is the model's and
     * the period's, so the store refuses the same period twice however many requests race.
     */
    public String file(File command) {
        List<SelfAssessmentFiled.Indicator> indicators = IndicatorUnits.resolve("indicators", command.indicators());
        ModelView model = models.require("modelId", command.modelId());
        SelfAssessment.check(model, command.periodStart(), command.periodEnd(), command.adHoc(),
                LocalDate.now(clock));
        String id = SelfAssessment.idOf(model.id(), command.periodStart(), command.periodEnd());
        if (assessments.find(id).isPresent()) {
            throw new PeriodAlreadyAssessed(command.periodStart(), command.periodEnd());
        }
        SelfAssessment assessment = new SelfAssessment(id, model.id(), model.unitPath(),
                command.periodEnd().getYear(), command.periodStart(), command.periodEnd(), command.progressPercent(),
                indicators, Texts.trimToNull(command.difficulties()), Texts.trimToNull(command.proposals()),
                command.filedBy().strip(), clock.instant());
        try {
            assessments.add(assessment, new OutboundEvent<>(EvaluationEvents.SELF_ASSESSMENT_FILED, model.id(),
                    model.unitPath(), new SelfAssessmentFiled(assessment.id(), model.id(), model.unitPath(),
                    assessment.year(), assessment.periodStart(), assessment.periodEnd(),
                    assessment.progressPercent(), indicators, assessment.difficulties(), assessment.proposals(),
                    assessment.filedBy(), assessment.filedAt())));
        } catch (AlreadyExists e) {
            throw new PeriodAlreadyAssessed(command.periodStart(), command.periodEnd());
        }
        return assessment.id();
    }

    public SelfAssessment get(String id) {
        return assessments.find(id).filter(assessment -> scope.coversPath(assessment.unitPath()))
                .orElseThrow(() -> Rejection.notFound("bản tự đánh giá", id));
    }

    /** The self-assessments of one model the caller may see, by the start of the period they cover. */
    public List<SelfAssessment> ofModel(String modelId) {
        return assessments.ofModelWithin(modelId, scope.visibleSubtree()).stream()
                .sorted(Comparator.comparing(SelfAssessment::periodStart))
                .toList();
    }

    /** Overdue periods of the models being implemented inside a unit's subtree, as of today. */
    public List<Overdue> overdueWithin(String unitPath) {
        LocalDate today = LocalDate.now(clock);
        List<ModelView> active = views.activeWithin(unitPath);
        Map<String, List<SelfAssessmentSchedule.Filed>> filed = filedFor(active);
        List<Overdue> overdue = new ArrayList<>();
        for (ModelView model : active) {
            if (model.startDate() == null || model.endDate() == null) {
                continue;
            }
            for (SelfAssessmentSchedule.Period period : SelfAssessmentSchedule.overdue(model.startDate(),
                    model.endDate(), graceDays, filed.getOrDefault(model.id(), List.of()), today)) {
                overdue.add(new Overdue(model.id(), model.name(), model.unitCode(), model.unitPath(), period.index(),
                        period.closesHalfYear(), period.start(), period.end(), period.due(),
                        ChronoUnit.DAYS.between(period.due(), today)));
            }
        }
        overdue.sort(Comparator.comparing(Overdue::dueDate).thenComparing(Overdue::modelId));
        return overdue;
    }

    /**
     * Publishes {@code SelfAssessmentOverdue} once per (model, period) for every overdue period in scope; the notice's
     * id is the (model, period) pair, so a second run, or a run on another replica, publishes nothing twice.
     * Returns how many notices this run published.
     */
    public int publishOverdue() {
        int published = 0;
        for (Overdue overdue : overdueWithin(scope.path())) {
            String id = OverdueNotice.idOf(overdue.modelId(), overdue.periodIndex());
            if (notices.exists(id)) {
                continue;
            }
            SelfAssessmentOverdue event = new SelfAssessmentOverdue(overdue.modelId(), overdue.unitPath(),
                    overdue.periodEnd().getYear(), overdue.periodStart(), overdue.periodEnd(), overdue.dueDate(),
                    clock.instant());
            try {
                notices.add(new OverdueNotice(id, overdue.modelId(), overdue.unitPath(), overdue.periodIndex(),
                        overdue.periodStart(), overdue.periodEnd(), overdue.dueDate(), event.occurredAt()),
                        new OutboundEvent<>(EvaluationEvents.SELF_ASSESSMENT_OVERDUE, overdue.modelId(),
                                overdue.unitPath(), event));
                published++;
            } catch (AlreadyExists e) {
                log.debug("overdue notice {} was published meanwhile by another run", id);
            }
        }
        if (published > 0) {
            log.info("published {} overdue self-assessment notices", published);
        }
        return published;
    }

    /** Every period a model owes (ending by its end date), each with whether it is covered. */
    public List<ScheduledPeriod> schedule(ModelView model) {
        if (model.startDate() == null || model.endDate() == null) {
            return List.of();
        }
        List<SelfAssessmentSchedule.Filed> filed = filedFor(List.of(model)).getOrDefault(model.id(), List.of());
        return SelfAssessmentSchedule.periods(model.startDate(), model.endDate(), graceDays).stream()
                .map(period -> new ScheduledPeriod(period, filed.stream()
                        .anyMatch(f -> period.isCoveredBy(f.periodStart(), f.periodEnd()))))
                .toList();
    }

    private Map<String, List<SelfAssessmentSchedule.Filed>> filedFor(List<ModelView> active) {
        if (active.isEmpty()) {
            return Map.of();
        }
        return assessments.ofModels(active.stream().map(ModelView::id).toList()).stream()
                .collect(Collectors.groupingBy(SelfAssessment::modelId, Collectors.mapping(
                        assessment -> new SelfAssessmentSchedule.Filed(assessment.periodStart(),
                                assessment.periodEnd()), Collectors.toList())));
    }
}
