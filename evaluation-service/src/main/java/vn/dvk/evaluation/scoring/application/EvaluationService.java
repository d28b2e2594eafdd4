package vn.dvk.evaluation.scoring.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.ModelRecognitionDecided;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.inspection.application.InspectionPlanService;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.scoring.domain.Evaluation;
import vn.dvk.evaluation.scoring.domain.EvaluationCorrections;
import vn.dvk.evaluation.scoring.domain.EvaluationPremises;
import vn.dvk.evaluation.scoring.domain.Evaluations;
import vn.dvk.evaluation.scoring.domain.Scoring;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;
import vn.dvk.evaluation.shared.domain.AlreadyDecided;
import vn.dvk.evaluation.shared.domain.CommitteeLevel;
import vn.dvk.evaluation.shared.domain.Correction;
import vn.dvk.evaluation.shared.domain.IndicatorUnits;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/** Evaluations of models by inspection teams; the year-end one decides recognition (seed 001, step 5). */
@Service
public class EvaluationService {

    /** An evaluation as the team submitted it. */
    public record Evaluate(String modelId, InspectionRound round, Integer year, String planId, String teamId,
                           List<Scoring.Given> scores, boolean recognized,
                           List<IndicatorUnits.Reported> indicators, String reason) {
    }

    private final KnownModels models;
    private final WeightsService weights;
    private final Evaluations evaluations;
    private final InspectionPlanService plans;
    private final SelfAssessmentService selfAssessments;
    private final InstanceScope scope;
    private final Clock clock;
    private final double threshold;
    private final EvaluationProperties.YearEnd yearEnd;

    public EvaluationService(KnownModels models, WeightsService weights, Evaluations evaluations,
                             InspectionPlanService plans, SelfAssessmentService selfAssessments,
                             InstanceScope scope, Clock clock, EvaluationProperties properties) {
        this.models = models;
        this.weights = weights;
        this.evaluations = evaluations;
        this.plans = plans;
        this.selfAssessments = selfAssessments;
        this.scope = scope;
        this.clock = clock;
        this.threshold = properties.recognitionThreshold();
        this.yearEnd = properties.yearEnd();
    }

    /**
     * Records the evaluation {@code evaluator}, a member of the Steering Committee of the model's management level,
     * submits, and publishes {@code ModelEvaluated}, followed at year end by {@code ModelRecognitionDecided}; returns
     * the evaluation's id. The criteria are weighed as the evaluator's level weighs them for the model's campaign.
     * The steps before it must have happened ({@link EvaluationPremises}); a year-end verdict is stored under the id
     * of its model and year, so that the store itself refuses a second one, however many requests race.
     */
    public String evaluate(Caller evaluator, Evaluate command) {
        List<SelfAssessmentFiled.Indicator> indicators = IndicatorUnits.resolve("indicators", command.indicators());
        ModelView model = models.require("modelId", command.modelId());
        CommitteeLevel.requireCommitteeOf(model.id(), model.level(), levelOf(evaluator.unitCode()));
        CommitteeLevel.requireInstanceServes(model.id(), model.level(), levelOf(scope.code()));
        int year = command.year() == null ? model.year() : command.year();
        List<ModelEvaluated.Score> scores = Scoring.weigh(command.scores(),
                weights.weightsAt(model.campaignId(), scope.visibleSubtree()));
        Scoring.checkModel(model, command.round(), hasYearEnd(model.id(), year));
        LocalDate today = LocalDate.now(clock);
        EvaluationPremises.requireYearOfModel(model, year, today);
        String planId = Texts.trimToNull(command.planId());
        EvaluationPremises.CitedPlan plan = planId == null ? null : citedPlan(planId, model.id());
        if (planId != null) {
            EvaluationPremises.requirePlanOfModel(planId, plan, model.id(), year);
        }
        if (command.round() == InspectionRound.YEAR_END) {
            requireYearEndEvidence(model, year, plan, today);
        }
        double total = Scoring.total(scores);
        Scoring.checkVerdict(total, command.recognized(), threshold);
        String evaluatedBy = evaluator.signature();
        String reason = Texts.trimToNull(command.reason());
        if (reason == null) {
            reason = (command.recognized() ? "Công nhận" : "Không công nhận") + ", tổng điểm " + total + "/10";
        }
        String id = command.round() == InspectionRound.YEAR_END
                ? Evaluation.yearEndIdOf(model.id(), year, evaluations.cancelledYearEnds(model.id(), year))
                : ResourceIds.next();
        Evaluation evaluation = new Evaluation(id, model.id(), model.unitPath(), year, command.round(),
                planId, Texts.trimToNull(command.teamId()), scores, total,
                command.recognized(), indicators, reason, evaluatedBy, clock.instant(), null, 0);
        List<OutboundEvent<?>> events = new ArrayList<>();
        events.add(new OutboundEvent<>(EvaluationEvents.MODEL_EVALUATED, model.id(), model.unitPath(),
                new ModelEvaluated(id, model.id(), model.unitPath(), year, command.round(), evaluation.planId(),
                        evaluation.teamId(), scores, total, command.recognized(), indicators, evaluatedBy,
                        evaluation.evaluatedAt())));
        if (command.round() == InspectionRound.YEAR_END) {
            events.add(new OutboundEvent<>(EvaluationEvents.MODEL_RECOGNITION_DECIDED, model.id(), model.unitPath(),
                    new ModelRecognitionDecided(id, model.id(), model.unitPath(), year, command.recognized(), total,
                            reason, evaluatedBy, evaluation.evaluatedAt(), model.version())));
        }
        try {
            evaluations.add(evaluation, events);
        } catch (AlreadyExists e) {
            throw new AlreadyDecided("Mô hình '" + model.id() + "' đã có kết quả đánh giá cuối năm " + year
                    + ", đã quyết định công nhận hay không.");
        }
        return id;
    }

    /**
     * Cancels an evaluation entered by mistake, for {@code reason}: the Steering Committee of the model's level does
     * it (as it evaluates), the evaluation stays marked as cancelled, and {@code DecisionCorrected} tells registration
     * to take back a cancelled year-end verdict. A model's year then awaits a new year-end evaluation.
     */
    public Evaluation cancel(Caller official, String evaluationId, String reason) {
        return correct(official, evaluationId, null, reason);
    }

    /**
     * Replaces the year-end verdict of an evaluation entered by mistake by the other one, for {@code reason}; the
     * scores stay, and a recognition still needs a total at or above the threshold.
     */
    public Evaluation correctVerdict(Caller official, String evaluationId, boolean recognized, String reason) {
        return correct(official, evaluationId, recognized, reason);
    }

    private Evaluation correct(Caller official, String evaluationId, Boolean recognized, String reason) {
        String why = Correction.requireReason(reason);
        Evaluation evaluation = get(evaluationId);
        ModelView model = models.require("modelId", evaluation.modelId());
        CommitteeLevel.requireCommitteeOf(model.id(), model.level(), levelOf(official.unitCode()));
        CommitteeLevel.requireInstanceServes(model.id(), model.level(), levelOf(scope.code()));
        EvaluationCorrections.requireStanding(evaluation);
        if (recognized != null) {
            EvaluationCorrections.requireNewVerdict(evaluation, recognized, threshold);
        }
        DecisionCorrected.Action action = recognized == null ? DecisionCorrected.Action.CANCELLED
                : DecisionCorrected.Action.CORRECTED;
        Correction correction = new Correction(action, why, official.signature(), clock.instant());
        Evaluation corrected = evaluation.with(recognized == null ? evaluation.recognized() : recognized,
                correction);
        boolean verdict = evaluation.round() == InspectionRound.YEAR_END;
        long stored = evaluations.correct(corrected, List.of(new OutboundEvent<>(EvaluationEvents.DECISION_CORRECTED, model.id(),
                evaluation.unitPath(), new DecisionCorrected(verdict ? DecisionCorrected.Record.YEAR_END_EVALUATION
                : DecisionCorrected.Record.EVALUATION, evaluation.id(), model.id(), evaluation.unitPath(), action,
                null, evaluation.year(), verdict && recognized != null ? recognized : null, null, why,
                correction.correctedBy(), correction.correctedAt()))));
        return corrected.at(stored);
    }

    private EvaluationPremises.CitedPlan citedPlan(String planId, String modelId) {
        return plans.find(planId).map(plan -> {
            List<InspectionPlan.Target> ofModel = plan.targets().stream()
                    .filter(target -> modelId.equals(target.modelId())).toList();
            return new EvaluationPremises.CitedPlan(plan.id(), plan.year(), plan.round(), !ofModel.isEmpty(),
                    ofModel.stream().anyMatch(target -> plans.isInspected(plan.id(), target.targetId())));
        }).orElse(null);
    }

    private void requireYearEndEvidence(ModelView model, int year, EvaluationPremises.CitedPlan plan,
                                        LocalDate today) {
        List<EvaluationPremises.MissingPeriod> missing = selfAssessments.schedule(model).stream()
                .filter(scheduled -> scheduled.period().end().getYear() == year)
                .filter(scheduled -> scheduled.period().end().isBefore(today))
                .filter(scheduled -> !scheduled.covered())
                .map(scheduled -> new EvaluationPremises.MissingPeriod(scheduled.period().start(),
                        scheduled.period().end()))
                .toList();
        boolean anyFiled = selfAssessments.ofModel(model.id()).stream()
                .anyMatch(assessment -> assessment.periodStart().getYear() <= year
                        && assessment.periodEnd().getYear() >= year);
        EvaluationPremises.requireYearEndEvidence(yearEnd.requiredFor(model.campaignId()), plan, missing, anyFiled);
    }

    /** Whether the model already had its year-end evaluation (and so its recognition decision) for the year. */
    public boolean hasYearEnd(String modelId, int year) {
        return evaluations.hasYearEnd(modelId, year);
    }

    public Evaluation get(String id) {
        return evaluations.find(id).filter(evaluation -> scope.coversPath(evaluation.unitPath()))
                .orElseThrow(() -> Rejection.notFound("kết quả đánh giá", id));
    }

    private UnitLevel levelOf(String unitCode) {
        return scope.directory().find(unitCode).map(AdministrativeUnit::level).orElse(null);
    }

    /** The evaluations of one model the caller may see, oldest first. */
    public List<Evaluation> ofModel(String modelId) {
        return evaluations.ofModelWithin(modelId, scope.visibleSubtree()).stream()
                .sorted(Comparator.comparing(Evaluation::evaluatedAt))
                .toList();
    }
}
