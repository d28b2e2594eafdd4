package vn.dvk.reporting.projection.adapter;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.reporting.award.application.AwardProjection;
import vn.dvk.reporting.projection.application.CampaignDeadlinesProjection;
import vn.dvk.reporting.projection.application.CampaignProjection;
import vn.dvk.reporting.projection.application.EvaluationProjection;
import vn.dvk.reporting.projection.application.ModelProjection;

/**
 * The one projection path of every topic, used by the live bindings and by a rebuild's replay alike: the platform
 * dispatcher (scope filter, at-most-once claim per event id) in front of the projections. Pending counter moves left
 * by a crash are completed when it is built, before the bindings start (ADR 0002).
 */
@Component
public class ProjectionConsumers {

    public static final String CONSUMER = "reporting";
    public static final List<String> TOPICS = List.of(Topics.REGISTRATION, Topics.EVALUATION, Topics.AWARD);

    private final Map<String, Consumer<Message<byte[]>>> byTopic;

    public ProjectionConsumers(EventDispatcher dispatcher, ModelProjection models, CampaignProjection campaigns,
                               EvaluationProjection evaluations, AwardProjection awards,
                               CampaignDeadlinesProjection deadlines) {
        models.completePendingMoves();
        Consumer<Message<byte[]>> registration = dispatcher.consumer(CONSUMER)
                .on(RegistrationEvents.MODEL_REGISTERED, event -> models.apply(event, event.payload().model()))
                .on(RegistrationEvents.MODEL_UPDATED, event -> models.apply(event, event.payload().model()))
                .on(RegistrationEvents.MODEL_WITHDRAWN, event -> models.apply(event, event.payload().model()))
                .on(RegistrationEvents.MODEL_STATUS_CHANGED, event -> models.apply(event, event.payload().model()))
                .on(RegistrationEvents.CAMPAIGN_PUBLISHED, event -> campaigns.apply(event, event.payload().campaign()))
                .on(RegistrationEvents.CAMPAIGN_UPDATED, event -> campaigns.apply(event, event.payload().campaign()))
                .build();
        Consumer<Message<byte[]>> evaluation = dispatcher.consumer(CONSUMER)
                .on(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, evaluations::onPlanPublished)
                .on(EvaluationEvents.INSPECTION_COMPLETED, evaluations::onInspectionCompleted)
                .on(EvaluationEvents.SELF_ASSESSMENT_FILED, evaluations::onSelfAssessmentFiled)
                .on(EvaluationEvents.MODEL_EVALUATED, evaluations::onModelEvaluated)
                .on(EvaluationEvents.DECISION_CORRECTED, evaluations::onDecisionCorrected)
                .on(EvaluationEvents.CAMPAIGN_DEADLINES_SET, deadlines::onDeadlinesSet)
                .build();
        Consumer<Message<byte[]>> award = dispatcher.consumer(CONSUMER)
                .on(AwardEvents.DECIDED, awards::onDecided)
                .build();
        byTopic = Map.of(Topics.REGISTRATION, registration, Topics.EVALUATION, evaluation, Topics.AWARD, award);
    }

    public Consumer<Message<byte[]>> forTopic(String topic) {
        Consumer<Message<byte[]>> consumer = byTopic.get(topic);
        if (consumer == null) {
            throw new IllegalArgumentException("no projection consumes " + topic);
        }
        return consumer;
    }
}
