package vn.dvk.reporting.projection.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
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
 * (indicators, scores) of models. Every write sets values, so a redelivery changes nothing.
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
        changed(event);
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
        views.recordFigures(event.payload().modelId(), figures(event.payload().indicators()),
                event.payload().totalScore());
        changed(event);
    }

    private void changed(InboundEvent<?> event) {
        publisher.publishEvent(new ProjectionChanged(event.unitPath(), event.type()));
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
