package vn.dvk.reporting.rebuild.adapter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import vn.dvk.platform.config.DvkProperties;
import vn.dvk.reporting.projection.adapter.ProjectionConsumers;
import vn.dvk.reporting.rebuild.domain.EventHistory;

/**
 * The history of the projected topics on the broker, and of their copies that MirrorMaker 2 brings from the clusters
 * named in {@code DVK_KAFKA_MIRRORED_FROM} (ADR 0022), read by a plain consumer without a group or commits: it
 * captures the beginning and end offsets of every partition, then feeds each record below the captured end, with
 * its headers and its topic, partition and offset, to the record consumer of its topic ({@link ProjectionConsumers}).
 */
@Component
public class KafkaEventHistory implements EventHistory {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventHistory.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ProjectionConsumers consumers;
    private final Map<String, Object> clientProperties;
    private final DvkProperties.Kafka kafka;

    public KafkaEventHistory(ProjectionConsumers consumers, DvkProperties properties) {
        this.consumers = consumers;
        this.clientProperties = properties.kafka().clientProperties();
        this.kafka = properties.kafka();
    }

    @Override
    public Replay upToNow() {
        KafkaConsumer<byte[], byte[]> consumer = consumer();
        try {
            Map<String, List<TopicPartition>> partitions = new LinkedHashMap<>();
            Map<String, String> localTopics = new LinkedHashMap<>();
            List<TopicPartition> all = new ArrayList<>();
            for (String localTopic : ProjectionConsumers.TOPICS) {
                for (String topic : kafka.withMirrors(localTopic)) {
                    List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
                    List<TopicPartition> topicPartitions = infos == null ? List.of()
                            : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
                    partitions.put(topic, topicPartitions);
                    localTopics.put(topic, localTopic);
                    all.addAll(topicPartitions);
                }
            }
            return new KafkaReplay(consumer, partitions, localTopics, consumer.beginningOffsets(all, TIMEOUT),
                    consumer.endOffsets(all, TIMEOUT));
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(properties);
    }

    private final class KafkaReplay implements Replay {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final Map<String, List<TopicPartition>> partitions;
        private final Map<String, String> localTopics;
        private final Map<TopicPartition, Long> beginning;
        private final Map<TopicPartition, Long> end;

        private KafkaReplay(KafkaConsumer<byte[], byte[]> consumer, Map<String, List<TopicPartition>> partitions,
                            Map<String, String> localTopics, Map<TopicPartition, Long> beginning,
                            Map<TopicPartition, Long> end) {
            this.consumer = consumer;
            this.partitions = partitions;
            this.localTopics = localTopics;
            this.beginning = beginning;
            this.end = end;
        }

        @Override
        public long size() {
            return partitions.values().stream().flatMap(List::stream)
                    .mapToLong(partition -> end.get(partition) - beginning.get(partition)).sum();
        }

        @Override
        public void feed(ReplayListener listener) {
            partitions.forEach((topic, topicPartitions) -> {
                List<TopicPartition> filled = topicPartitions.stream()
                        .filter(partition -> end.get(partition) > beginning.get(partition)).toList();
                if (!filled.isEmpty()) {
                    feed(consumers.forTopic(localTopics.get(topic)), filled, listener);
                }
            });
        }

        private void feed(Consumer<Message<byte[]>> projection, List<TopicPartition> filled,
                          ReplayListener listener) {
            consumer.assign(filled);
            consumer.seekToBeginning(filled);
            while (filled.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        listener.replayed(apply(projection, record));
                    }
                }
            }
        }

        private boolean apply(Consumer<Message<byte[]>> projection, ConsumerRecord<byte[], byte[]> record) {
            MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0]
                    : record.value());
            for (Header header : record.headers()) {
                message.setHeader(header.key(), header.value());
            }
            message.setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic());
            message.setHeader(KafkaHeaders.RECEIVED_PARTITION, record.partition());
            message.setHeader(KafkaHeaders.OFFSET, record.offset());
            if (record.key() != null) {
                message.setHeader(KafkaHeaders.RECEIVED_KEY, new String(record.key(), StandardCharsets.UTF_8));
            }
            try {
                projection.accept(message.build());
                return true;
            } catch (RuntimeException e) {
                // The live path would retry and dead-letter this record; a replay skips it and reports it in the count.
                log.warn("rebuild skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        e.toString());
                return false;
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
