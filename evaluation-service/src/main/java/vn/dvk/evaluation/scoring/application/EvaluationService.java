package vn.dvk.evaluation.scoring.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.ModelRecognitionDecided;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.scoring.domain.Evaluation;
import vn.dvk.evaluation.scoring.domain.Evaluations;
import vn.dvk.evaluation.scoring.domain.Scoring;
import vn.dvk.evaluation.shared.domain.IndicatorUnits;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;

/** Evaluations of models by inspection teams; the year-end one decides recognition (seed 001, step 5). */
@Service
public class EvaluationService {

    /** An evaluation as the team submitted it. */
    public record Evaluate(String modelId, InspectionRound round, Integer year, String planId, String teamId,
                           List<Scoring.Given> scores, boolean recognized,
                           List<IndicatorUnits.Reported> indicators, String reason, String evaluatedBy) {
    }

    private final KnownModels models;
    private final WeightsService weights;
    private final Evaluations evaluations;
    private final InstanceScope scope;
    private final Clock clock;
    private final double threshold;

    public EvaluationService(KnownModels models, WeightsService weights, Evaluations evaluations,
                             InstanceScope scope, Clock clock, EvaluationProperties properties) {
        this.models = models;
        this.weights = weights;
        this.evaluations = evaluations;
        this.scope = scope;
        this.clock = clock;
        this.threshold = properties.recognitionThreshold();
    }

    /**
     * Records the evaluation and publishes {@code ModelEvaluated}, followed at year end by
     * {@code ModelRecognitionDecided}; returns the evaluation's id.
     */
    public String evaluate(Evaluate command) {
        List<SelfAssessmentFiled.Indicator> indicators = IndicatorUnits.resolve("indicators", command.indicators());
        ModelView model = models.require("modelId", command.modelId());
        int year = command.year() == null ? model.year() : command.year();
        List<ModelEvaluated.Score> scores = Scoring.weigh(command.scores(), weights.weightsOf(model.campaignId()));
        Scoring.checkModel(model, command.round(), hasYearEnd(model.id(), year));
        double total = Scoring.total(scores);
        Scoring.checkVerdict(total, command.recognized(), threshold);
        String evaluatedBy = command.evaluatedBy().strip();
        String reason = Texts.trimToNull(command.reason());
        if (reason == null) {
            reason = (command.recognized() ? "Công nhận" : "Không công nhận") + ", tổng điểm " + total + "/10";
        }
        String id = ResourceIds.next();
        Evaluation evaluation = new Evaluation(id, model.id(), model.unitPath(), year, command.round(),
                Texts.trimToNull(command.planId()), Texts.trimToNull(command.teamId()), scores, total,
                command.recognized(), indicators, reason, evaluatedBy, clock.instant());
        List<OutboundEvent<?>> events = new ArrayList<>();
        events.add(new OutboundEvent<>(EvaluationEvents.MODEL_EVALUATED, model.id(), model.unitPath(),
                new ModelEvaluated(id, model.id(), model.unitPath(), year, command.round(), evaluation.planId(),
                        evaluation.teamId(), scores, total, command.recognized(), indicators, evaluatedBy,
                        evaluation.evaluatedAt())));
        if (command.round() == InspectionRound.YEAR_END) {
            events.add(new OutboundEvent<>(EvaluationEvents.MODEL_RECOGNITION_DECIDED, model.id(), model.unitPath(),
                    new ModelRecognitionDecided(id, model.id(), model.unitPath(), year, command.recognized(), total,
                            reason, evaluatedBy, evaluation.evaluatedAt())));
        }
        evaluations.add(evaluation, events);
        return id;
    }

    /** Whether the model already had its year-end evaluation (and so its recognition decision) for the year. */
    public boolean hasYearEnd(String modelId, int year) {
        return evaluations.hasYearEnd(modelId, year);
    }

    public Evaluation get(String id) {
        return evaluations.find(id).filter(evaluation -> scope.coversPath(evaluation.unitPath()))
                .orElseThrow(() -> Rejection.notFound("kết quả đánh giá", id));
    }

    /** The evaluations of one model, oldest first. */
    public List<Evaluation> ofModel(String modelId) {
        return evaluations.ofModelWithin(modelId, scope.path()).stream()
                .sorted(Comparator.comparing(Evaluation::evaluatedAt))
                .toList();
    }
}
