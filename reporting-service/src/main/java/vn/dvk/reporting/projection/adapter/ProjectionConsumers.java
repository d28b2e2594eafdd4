package vn.dvk.reporting.projection.adapter;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.reporting.award.application.AwardProjection;
import vn.dvk.reporting.projection.application.CampaignDeadlinesProjection;
import vn.dvk.reporting.projection.application.EvaluationProjection;

/**
 * The live projection path of the evaluation and award topics, record by record: the platform dispatcher (scope
 * filter, at-most-once claim per event id) in front of the projections. The registration topic goes in batches
 * ({@link RegistrationBatches}, ADR 0019); a rebuild applies the same handlers without claims ({@link GenerationFold}).
 */
@Component
public class ProjectionConsumers {

    public static final String CONSUMER = "reporting";
    public static final List<String> TOPICS = List.of(Topics.REGISTRATION, Topics.EVALUATION, Topics.AWARD);

    private final Map<String, Consumer<Message<byte[]>>> byTopic;

    public ProjectionConsumers(EventDispatcher dispatcher, EvaluationProjection evaluations, AwardProjection awards,
                               CampaignDeadlinesProjection deadlines) {
        byTopic = Map.of(Topics.EVALUATION, evaluationHandlers(evaluations, deadlines).dispatched(dispatcher),
                Topics.AWARD, awardHandlers(awards).dispatched(dispatcher));
    }

    static TopicHandlers evaluationHandlers(EvaluationProjection evaluations, CampaignDeadlinesProjection deadlines) {
        return new TopicHandlers()
                .on(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, evaluations::onPlanPublished)
                .on(EvaluationEvents.INSPECTION_COMPLETED, evaluations::onInspectionCompleted)
                .on(EvaluationEvents.SELF_ASSESSMENT_FILED, evaluations::onSelfAssessmentFiled)
                .on(EvaluationEvents.MODEL_EVALUATED, evaluations::onModelEvaluated)
                .on(EvaluationEvents.DECISION_CORRECTED, evaluations::onDecisionCorrected)
                .on(EvaluationEvents.CAMPAIGN_DEADLINES_SET, deadlines::onDeadlinesSet);
    }

    static TopicHandlers awardHandlers(AwardProjection awards) {
        return new TopicHandlers().on(AwardEvents.DECIDED, awards::onDecided);
    }

    public Consumer<Message<byte[]>> forTopic(String topic) {
        Consumer<Message<byte[]>> consumer = byTopic.get(topic);
        if (consumer == null) {
            throw new IllegalArgumentException("no record-by-record projection consumes " + topic);
        }
        return consumer;
    }
}
