package vn.dvk.reporting.projection.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.reporting.projection.domain.Inspections;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.reporting.projection.domain.ProjectionChanged;

/**
 * Keeps what the yearly report quotes from evaluation events: inspections with their plans, and the figures
 * (indicators, scores) of models; a correction takes a cancelled evaluation's score and a cancelled inspection back
 * (ADR 0013). Every write sets values, so a redelivery changes nothing.
 */
@Service
public class EvaluationProjection {

    private final Inspections inspections;
    private final ModelViews views;
    private final ApplicationEventPublisher publisher;

    public EvaluationProjection(Inspections inspections, ModelViews views,
                                ApplicationEventPublisher publisher) {
        this.inspections = inspections;
        this.views = views;
        this.publisher = publisher;
    }

    public void onPlanPublished(InboundEvent<InspectionPlanPublished> event) {
        inspections.savePlan(event.payload());
        // A plan is issued for the units below its issuer, whose reports list it.
        publisher.publishEvent(ProjectionChanged.issuedBy(event.unitPath(), event.type()));
    }

    public void onInspectionCompleted(InboundEvent<InspectionCompleted> event) {
        inspections.saveInspection(event.payload());
        changed(event);
    }

    public void onSelfAssessmentFiled(InboundEvent<SelfAssessmentFiled> event) {
        views.recordFigures(event.payload().modelId(), figures(event.payload().indicators()), null);
        changed(event);
    }

    public void onModelEvaluated(InboundEvent<ModelEvaluated> event) {
        ModelEvaluated evaluated = event.payload();
        views.recordFigures(evaluated.modelId(), figures(evaluated.indicators()), new ModelFigures.Score(
                evaluated.evaluationId(), evaluated.totalScore(), evaluated.occurredAt()));
        changed(event);
    }

    /**
     * A cancelled evaluation's score leaves the model's figures and a cancelled inspection leaves the report's list.
     * A corrected verdict keeps its scores (its status follows from registration's {@code model.status-changed}), a
     * corrected inspection its unit and date, and a review is registration's: none of them changes what is kept here.
     */
    public void onDecisionCorrected(InboundEvent<DecisionCorrected> event) {
        DecisionCorrected correction = event.payload();
        if (correction.action() != DecisionCorrected.Action.CANCELLED) {
            return;
        }
        if (correction.record() == DecisionCorrected.Record.EVALUATION
                || correction.record() == DecisionCorrected.Record.YEAR_END_EVALUATION) {
            views.withdrawScore(correction.modelId(), correction.recordId());
            changed(event);
        } else if (correction.record() == DecisionCorrected.Record.INSPECTION) {
            inspections.cancelInspection(correction.recordId());
            changed(event);
        }
    }

    private void changed(InboundEvent<?> event) {
        publisher.publishEvent(ProjectionChanged.factOf(event.unitPath(), event.type()));
    }

    private static Map<String, ModelFigures.Figure> figures(List<SelfAssessmentFiled.Indicator> indicators) {
        Map<String, ModelFigures.Figure> figures = new LinkedHashMap<>();
        if (indicators != null) {
            indicators.forEach(indicator -> figures.put(indicator.code(),
                    new ModelFigures.Figure(indicator.value(), indicator.unit())));
        }
        return figures;
    }
}
