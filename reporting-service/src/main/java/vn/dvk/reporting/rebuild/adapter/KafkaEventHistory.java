package vn.dvk.reporting.rebuild.adapter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.dvk.platform.config.DvkProperties;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.projection.adapter.GenerationFold;
import vn.dvk.reporting.projection.adapter.ProjectionConsumers;
import vn.dvk.reporting.rebuild.domain.EventHistory;
import vn.dvk.reporting.rebuild.domain.HistoryPartition;

/**
 * The history of the projected topics on the broker, and of their copies that MirrorMaker 2 brings from the clusters
 * named in {@code DVK_KAFKA_MIRRORED_FROM} (ADR 0022), read by a plain consumer without a group or commits, with large
 * polls, and folded in batches of up to {@code dvk.reporting.rebuild-batch} records (20,000) into one generation
 * through {@link GenerationFold} (ADR 0023). Records past the end fixed are left for {@link Fold#extendToNow}.
 */
@Component
public class KafkaEventHistory implements EventHistory {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> clientProperties;
    private final DvkProperties.Kafka kafka;
    private final MongoTemplate mongo;
    private final EventDispatcher dispatcher;
    private final InstanceScope scope;
    private final int batchSize;

    public KafkaEventHistory(DvkProperties properties, MongoTemplate mongo, EventDispatcher dispatcher,
                             InstanceScope scope, @Value("${dvk.reporting.rebuild-batch}") int batchSize) {
        this.clientProperties = properties.kafka().clientProperties();
        this.kafka = properties.kafka();
        this.mongo = mongo;
        this.dispatcher = dispatcher;
        this.scope = scope;
        this.batchSize = batchSize;
    }

    @Override
    public Map<HistoryPartition, Long> earliestOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Map<HistoryPartition, Long> earliest = new LinkedHashMap<>();
            consumer.beginningOffsets(partitions(consumer).keySet(), TIMEOUT).forEach((partition, offset) ->
                    earliest.put(new HistoryPartition(partition.topic(), partition.partition()), offset));
            return earliest;
        }
    }

    @Override
    public Fold foldInto(Generation generation, Map<HistoryPartition, Long> positions) {
        KafkaConsumer<byte[], byte[]> consumer = consumer();
        try {
            Map<TopicPartition, String> localTopics = partitions(consumer);
            Map<TopicPartition, Long> next = new HashMap<>(consumer.beginningOffsets(localTopics.keySet(), TIMEOUT));
            next.replaceAll((partition, beginning) -> Math.max(beginning, positions.getOrDefault(
                    new HistoryPartition(partition.topic(), partition.partition()), beginning)));
            return new KafkaFold(consumer, localTopics, next, new GenerationFold(mongo, generation, dispatcher,
                    scope));
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** Every partition of the projected topics and their mirrored copies, with the local topic each copies. */
    private Map<TopicPartition, String> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        Map<TopicPartition, String> localTopics = new LinkedHashMap<>();
        for (String localTopic : ProjectionConsumers.TOPICS) {
            for (String topic : kafka.withMirrors(localTopic)) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
                if (infos != null) {
                    infos.forEach(info -> localTopics.put(new TopicPartition(topic, info.partition()), localTopic));
                }
            }
        }
        return localTopics;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Reading the history never creates a topic that does not exist (a mirrored copy not yet replicated).
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // Large polls: the fold reads the history as fast as the broker hands it over; no poll holds more than a
        // batch, which is written once a poll fills it.
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(10_000, batchSize));
        properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        properties.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, 4 * 1024 * 1024);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(properties);
    }

    private final class KafkaFold implements Fold {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final Map<TopicPartition, String> localTopics;
        private final Map<TopicPartition, Long> next;
        private final GenerationFold fold;
        private Map<TopicPartition, Long> end;

        private KafkaFold(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, String> localTopics,
                          Map<TopicPartition, Long> next, GenerationFold fold) {
            this.consumer = consumer;
            this.localTopics = localTopics;
            this.next = next;
            this.fold = fold;
            consumer.assign(localTopics.keySet());
            extendToNow();
        }

        @Override
        public long remaining() {
            return next.entrySet().stream().mapToLong(entry -> Math.max(0, end.get(entry.getKey()) - entry.getValue()))
                    .sum();
        }

        @Override
        public void extendToNow() {
            end = new HashMap<>(consumer.endOffsets(localTopics.keySet(), TIMEOUT));
            next.forEach(consumer::seek);
            consumer.resume(consumer.paused());
        }

        @Override
        public void foldToEnd(BatchListener listener) {
            Map<String, List<ConsumerRecord<byte[], byte[]>>> batch = new LinkedHashMap<>();
            int held = 0;
            while (remaining() > 0) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= next.get(partition) && record.offset() < end.get(partition)) {
                        batch.computeIfAbsent(localTopics.get(partition), topic -> new ArrayList<>()).add(record);
                        held++;
                    }
                }
                for (TopicPartition partition : consumer.assignment()) {
                    if (consumer.paused().contains(partition)) {
                        continue;
                    }
                    long position = consumer.position(partition);
                    next.put(partition, Math.max(next.get(partition), Math.min(position, end.get(partition))));
                    if (position >= end.get(partition)) {
                        consumer.pause(List.of(partition));
                    }
                }
                if (held > 0 && (held >= batchSize || remaining() == 0)) {
                    write(batch, held, listener);
                    batch.clear();
                    held = 0;
                }
            }
        }

        private void write(Map<String, List<ConsumerRecord<byte[], byte[]>>> batch, int held,
                           BatchListener listener) {
            int poison = 0;
            for (Map.Entry<String, List<ConsumerRecord<byte[], byte[]>>> topic : batch.entrySet()) {
                poison += fold.apply(topic.getKey(), topic.getValue());
            }
            listener.folded(positions(), held, poison);
        }

        @Override
        public Map<HistoryPartition, Long> positions() {
            Map<HistoryPartition, Long> positions = new HashMap<>();
            next.forEach((partition, offset) -> positions.put(
                    new HistoryPartition(partition.topic(), partition.partition()), offset));
            return positions;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
