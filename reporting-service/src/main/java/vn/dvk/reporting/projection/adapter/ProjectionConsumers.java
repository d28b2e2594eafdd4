package vn.dvk.reporting.projection.adapter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.reporting.award.application.AwardProjection;
import vn.dvk.reporting.projection.application.CampaignDeadlinesProjection;
import vn.dvk.reporting.projection.application.EvaluationProjection;

/**
 * The projection path of every topic record by record, used by a rebuild's replay and by the live bindings of the
 * evaluation and award topics: the platform dispatcher (scope filter, at-most-once claim per event id) in front of
 * the projections. Registration records go through {@link RegistrationBatches}, the path of the live batches, as
 * batches of one read at their topic, partition and offset (ADR 0019).
 */
@Component
public class ProjectionConsumers {

    public static final String CONSUMER = "reporting";
    public static final List<String> TOPICS = List.of(Topics.REGISTRATION, Topics.EVALUATION, Topics.AWARD);

    private final Map<String, Consumer<Message<byte[]>>> byTopic;

    public ProjectionConsumers(EventDispatcher dispatcher, RegistrationBatches registrations,
                               EvaluationProjection evaluations, AwardProjection awards,
                               CampaignDeadlinesProjection deadlines) {
        Consumer<Message<byte[]>> registration = message -> {
            List<RegistrationBatches.Poisoned> poison = registrations.apply(List.of(recordOf(message)));
            if (!poison.isEmpty()) {
                throw poison.get(0).reason();
            }
        };
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

    /** The record a replay hands over as a message, with its topic, partition and offset in the Kafka headers. */
    private static ConsumedRecord recordOf(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        Object key = headers.get(KafkaHeaders.RECEIVED_KEY);
        return new ConsumedRecord(headers.get(KafkaHeaders.RECEIVED_TOPIC, String.class),
                headers.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class),
                headers.get(KafkaHeaders.OFFSET, Long.class),
                key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8), headers, message.getPayload());
    }

    public Consumer<Message<byte[]>> forTopic(String topic) {
        Consumer<Message<byte[]>> consumer = byTopic.get(topic);
        if (consumer == null) {
            throw new IllegalArgumentException("no projection consumes " + topic);
        }
        return consumer;
    }
}
