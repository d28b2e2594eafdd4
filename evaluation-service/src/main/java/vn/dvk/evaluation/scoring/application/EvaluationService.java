package vn.dvk.evaluation.scoring.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.ModelRecognitionDecided;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.model.application.ModelViews;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.scoring.adapter.EvaluationDocument;
import vn.dvk.evaluation.scoring.domain.Evaluation;
import vn.dvk.evaluation.scoring.domain.Scoring;
import vn.dvk.evaluation.shared.domain.IndicatorUnits;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.outbox.AggregateStore;
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

    private final ModelViews models;
    private final WeightsService weights;
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final InstanceScope scope;
    private final Clock clock;
    private final double threshold;

    public EvaluationService(ModelViews models, WeightsService weights, MongoTemplate mongo, AggregateStore store,
                             InstanceScope scope, Clock clock,
                             @Value("${dvk.evaluation.recognition-threshold:7.0}") double threshold) {
        this.models = models;
        this.weights = weights;
        this.mongo = mongo;
        this.store = store;
        this.scope = scope;
        this.clock = clock;
        this.threshold = threshold;
    }

    public String evaluate(Evaluate command) {
        String id = ResourceIds.next();
        create(id, command);
        return id;
    }

    private Evaluation create(String id, Evaluate command) {
        List<SelfAssessmentFiled.Indicator> indicators = IndicatorUnits.resolve("indicators", command.indicators());
        ModelView model = models.require("modelId", command.modelId());
        int year = command.year() == null ? model.year() : command.year();
        List<ModelEvaluated.Score> scores = Scoring.weigh(command.scores(), weights.weightsOf(model.campaignId()));
        boolean yearEndDecided = hasYearEnd(model.id(), year);
        Scoring.checkModel(model, command.round(), yearEndDecided);
        double total = Scoring.total(scores);
        Scoring.checkVerdict(total, command.recognized(), threshold);
        String evaluatedBy = command.evaluatedBy().strip();
        String reason = Texts.trimToNull(command.reason());
        if (reason == null) {
            reason = (command.recognized() ? "Công nhận" : "Không công nhận") + ", tổng điểm " + total + "/10";
        }
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
        store.save(EvaluationDocument.of(evaluation), id, 0, events);
        return evaluation;
    }

    /** Whether the model already had its year-end evaluation (and so its recognition decision) for the year. */
    public boolean hasYearEnd(String modelId, int year) {
        return mongo.exists(Query.query(Criteria.where("modelId").is(modelId)
                .and("round").is(InspectionRound.YEAR_END.name()).and("year").is(year)), EvaluationDocument.class);
    }

    public Evaluation get(String id) {
        EvaluationDocument document = mongo.findById(id, EvaluationDocument.class);
        if (document == null || !scope.coversPath(document.unitPath())) {
            throw Rejection.notFound("kết quả đánh giá", id);
        }
        return document.toEvaluation();
    }

    public List<Evaluation> ofModel(String modelId) {
        return mongo.find(Query.query(Criteria.where("modelId").is(modelId)).with(Sort.by("evaluatedAt")),
                        EvaluationDocument.class).stream()
                .filter(document -> scope.coversPath(document.unitPath()))
                .map(EvaluationDocument::toEvaluation)
                .toList();
    }
}
