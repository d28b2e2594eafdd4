package vn.dvk.reporting.projection.adapter;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.generation.adapter.MongoActiveGeneration;
import vn.dvk.reporting.generation.application.GenerationFollower;
import vn.dvk.reporting.generation.domain.SourcePartition;

/**
 * The registration binding's consumers kept on the active generation by {@link GenerationFollower} (ADR 0023): on
 * assignment they seek to where the active generation holds their partitions; each batch is applied with the read
 * models pinned to the generation read for it, and then moves that generation's positions on; a batch that meets a
 * switch is not applied, and the consumer seeks its partitions back to the new generation's positions. The binder
 * runs each consumer on a thread of its own and calls both the rebalance callback and the listener on it, so the
 * thread names the consumer.
 */
@Component
public class GenerationFollowingBatches implements KafkaBindingRebalanceListener {

    static final String BINDING = "registrationEvents-in-0";
    private static final Logger log = LoggerFactory.getLogger(GenerationFollowingBatches.class);

    private final GenerationFollower follower;
    private final MongoActiveGeneration active;

    public GenerationFollowingBatches(GenerationFollower follower, MongoActiveGeneration active) {
        this.follower = follower;
        this.active = active;
    }

    @Override
    public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
                                     boolean initial) {
        if (BINDING.equals(bindingName)) {
            follower.assigned(Thread.currentThread(), sources(partitions))
                    .forEach((partition, offset) -> consumer.seek(topicPartition(partition), offset));
        }
    }

    /** Applies {@code batch} with {@code listener} to the active generation, or rewinds if a switch came between. */
    public void accept(Message<List<?>> batch, RegistrationBatchListener listener) {
        Consumer<?, ?> consumer = batch.getHeaders().get(KafkaHeaders.CONSUMER, Consumer.class);
        GenerationFollower.Step step = follower.next(Thread.currentThread(), sources(consumer.assignment()));
        if (step instanceof GenerationFollower.Rewind rewind) {
            log.info("generation {} became active: {} records left unapplied, partitions read again from {}",
                    rewind.generation().number(), batch.getPayload().size(), rewind.positions());
            rewind.positions().forEach((partition, offset) -> consumer.seek(topicPartition(partition), offset));
            return;
        }
        GenerationFollower.Apply apply = (GenerationFollower.Apply) step;
        active.within(apply.generation(), () -> {
            listener.accept(batch);
            return null;
        });
        follower.applied(apply.generation(), nextPositions(batch));
    }

    @SuppressWarnings("unchecked")
    private static Map<SourcePartition, Long> nextPositions(Message<List<?>> batch) {
        List<String> topics = (List<String>) batch.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        List<Integer> partitions = (List<Integer>) batch.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION);
        List<Long> offsets = (List<Long>) batch.getHeaders().get(KafkaHeaders.OFFSET);
        Map<SourcePartition, Long> next = new HashMap<>();
        for (int i = 0; i < offsets.size(); i++) {
            next.merge(new SourcePartition(topics.get(i), partitions.get(i)), offsets.get(i) + 1, Math::max);
        }
        return next;
    }

    private static List<SourcePartition> sources(Collection<TopicPartition> partitions) {
        return partitions.stream().map(partition -> new SourcePartition(partition.topic(), partition.partition()))
                .toList();
    }

    private static TopicPartition topicPartition(SourcePartition partition) {
        return new TopicPartition(partition.topic(), partition.partition());
    }
}
