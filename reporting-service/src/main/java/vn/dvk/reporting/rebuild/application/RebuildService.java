package vn.dvk.reporting.rebuild.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Service;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.inbox.ProcessedEvents;
import vn.dvk.reporting.projection.adapter.MongoCampaigns;
import vn.dvk.reporting.projection.adapter.MongoCounters;
import vn.dvk.reporting.projection.adapter.MongoInspections;
import vn.dvk.reporting.projection.adapter.MongoModelViews;
import vn.dvk.reporting.projection.application.ProjectionConsumers;
import vn.dvk.reporting.projection.application.ProjectionGate;
import vn.dvk.reporting.rebuild.domain.RebuildProgress;

/**
 * Drops the read models and replays every topic from its earliest offset up to the end offsets seen at the start,
 * through the same dispatcher and projections as live consumption, while live consumption waits at the gate
 * (ADR 0002). One rebuild at a time, on its own thread.
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    private final ProjectionConsumers consumers;
    private final ProjectionGate gate;
    private final ProcessedEvents processed;
    private final MongoTemplate mongo;
    private final MongoModelViews views;
    private final MongoCounters counters;
    private final MongoInspections inspections;
    private final Clock clock;
    private final String brokers;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<RebuildProgress> last = new AtomicReference<>(RebuildProgress.idle());
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile long total;
    private volatile java.time.Instant startedAt;

    public RebuildService(ProjectionConsumers consumers, ProjectionGate gate, ProcessedEvents processed,
                          MongoTemplate mongo, MongoModelViews views, MongoCounters counters,
                          MongoInspections inspections, Clock clock,
                          @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        this.consumers = consumers;
        this.gate = gate;
        this.processed = processed;
        this.mongo = mongo;
        this.views = views;
        this.counters = counters;
        this.inspections = inspections;
        this.clock = clock;
        this.brokers = brokers;
    }

    /** Starts a rebuild; 409 while one runs. */
    public RebuildProgress start() {
        if (!running.compareAndSet(false, true)) {
            throw Rejection.conflict("rebuild-running", "Đang dựng lại dữ liệu báo cáo; hãy chờ lần này xong.");
        }
        done.set(0);
        failed.set(0);
        total = 0;
        startedAt = clock.instant();
        last.set(RebuildProgress.running(0, 0, 0, startedAt, startedAt));
        Thread thread = new Thread(this::run, "reporting-rebuild");
        thread.setDaemon(true);
        thread.start();
        return progress();
    }

    public RebuildProgress progress() {
        if (running.get()) {
            return RebuildProgress.running(done.get(), total, failed.get(), startedAt, clock.instant());
        }
        return last.get();
    }

    private void run() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            gate.exclusive(() -> {
                replay(consumer);
                return null;
            });
            last.set(RebuildProgress.running(done.get(), total, failed.get(), startedAt, clock.instant())
                    .finished(clock.instant()));
            log.info("read models rebuilt from {} events ({} failed)", done.get(), failed.get());
        } catch (RuntimeException e) {
            log.error("rebuild failed after {} events", done.get(), e);
            last.set(RebuildProgress.running(done.get(), total, failed.get(), startedAt, clock.instant())
                    .failed(clock.instant(), e.toString()));
        } finally {
            running.set(false);
        }
    }

    private void replay(KafkaConsumer<byte[], byte[]> consumer) {
        Map<String, List<TopicPartition>> partitions = new HashMap<>();
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : ProjectionConsumers.TOPICS) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            List<TopicPartition> topicPartitions = infos == null ? List.of()
                    : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            partitions.put(topic, topicPartitions);
            all.addAll(topicPartitions);
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(all, Duration.ofSeconds(10));
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(all, Duration.ofSeconds(10));
        total = all.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum();

        for (String collection : List.of(MongoModelViews.COLLECTION, MongoCounters.COLLECTION,
                MongoCampaigns.COLLECTION, MongoInspections.INSPECTIONS, MongoInspections.PLANS)) {
            mongo.dropCollection(collection);
        }
        views.ensureIndexes();
        counters.ensureIndexes();
        inspections.ensureIndexes();
        processed.forget(ProjectionConsumers.CONSUMER);

        for (String topic : ProjectionConsumers.TOPICS) {
            List<TopicPartition> topicPartitions = partitions.get(topic).stream()
                    .filter(p -> end.get(p) > beginning.get(p)).toList();
            if (topicPartitions.isEmpty()) {
                continue;
            }
            Consumer<Message<byte[]>> projection = consumers.forTopic(topic);
            consumer.assign(topicPartitions);
            consumer.seekToBeginning(topicPartitions);
            while (topicPartitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    apply(projection, record);
                }
            }
        }
    }

    private void apply(Consumer<Message<byte[]>> projection, ConsumerRecord<byte[], byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0]
                : record.value());
        for (Header header : record.headers()) {
            message.setHeader(header.key(), header.value());
        }
        if (record.key() != null) {
            message.setHeader("kafka_receivedMessageKey", new String(record.key(), StandardCharsets.UTF_8));
        }
        try {
            projection.accept(message.build());
        } catch (RuntimeException e) {
            // The live path would retry and dead-letter this record; a replay skips it and reports it in the count.
            failed.incrementAndGet();
            log.warn("rebuild skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
        }
        done.incrementAndGet();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(properties);
    }
}
