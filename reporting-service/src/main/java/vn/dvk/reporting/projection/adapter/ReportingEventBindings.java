package vn.dvk.reporting.projection.adapter;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.FixedBackOff;
import vn.dvk.contracts.events.Topics;
import vn.dvk.platform.config.DvkProperties;
import vn.dvk.platform.outbox.KafkaRecordPublisher;
import vn.dvk.reporting.projection.application.BatchStages;
import vn.dvk.reporting.projection.application.ProjectionGate;

/**
 * The Spring Cloud Stream inputs of the three topics, each passing through the rebuild gate: the registration topic
 * in batches (ADR 0019) kept on the active generation of every replica ({@link GenerationFollowingBatches}, ADR
 * 0023), the others record by record through the dispatcher.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingEventBindings {

    @Bean
    Consumer<Message<List<?>>> registrationEvents(RegistrationBatchListener listener, ProjectionGate gate,
                                                  GenerationFollowingBatches generations) {
        return batch -> gate.live(() -> generations.accept(batch, listener));
    }

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        Consumer<Message<byte[]>> consumer = consumers.forTopic(Topics.EVALUATION);
        return message -> gate.live(() -> consumer.accept(message));
    }

    @Bean
    Consumer<Message<byte[]>> awardEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        Consumer<Message<byte[]>> consumer = consumers.forTopic(Topics.AWARD);
        return message -> gate.live(() -> consumer.accept(message));
    }

    @Bean
    RegistrationBatchListener registrationBatchListener(RegistrationBatches batches, DvkProperties properties,
            @Value("${dvk.reporting.registration-dead-letters}") String deadLetterTopic,
            @Value("${spring.cloud.stream.kafka.binder.min-partition-count}") int partitions,
            @Value("${spring.cloud.stream.kafka.binder.replication-factor}") short replication) {
        return new RegistrationBatchListener(batches, new KafkaRecordPublisher(properties.kafka().clientProperties(),
                "reporting-dead-letters", Duration.ZERO, 16_384, partitions, replication),
                deadLetterTopic);
    }

    /**
     * A batch that fails as a whole (the store away) is retried every second until it applies: it is replay-safe,
     * and skipping it would lose its events. Poison records never reach it: the listener parks them.
     */
    @Bean
    DefaultErrorHandler registrationBatchRetries() {
        return new DefaultErrorHandler(new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS));
    }

    /** Nothing happens between the counter write and the view write of a batch, outside fault tests. */
    @Bean
    BatchStages batchStages() {
        return BatchStages.NONE;
    }
}
