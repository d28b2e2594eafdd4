package vn.dvk.platform.unit.adapter;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.events.CloudEventCodec;
import vn.dvk.contracts.unit.UnitDirectoryEvents;
import vn.dvk.contracts.unit.UnitDirectoryPublished;
import vn.dvk.platform.unit.application.UnitDirectoryFollowing;
import vn.dvk.platform.unit.domain.UnitDirectoryException;

/**
 * Reads {@code dvk.unit-directory} in every instance, whatever its service and scope: a consumer of its own with no
 * consumer group (it is assigned every partition and reads from the start), because a consumer group would hand each
 * record to one instance of a service and scope only, while every instance must swap its directory. Versions not newer
 * than the one in use are skipped by {@link UnitDirectoryFollowing}.
 */
public final class UnitDirectoryFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UnitDirectoryFeed.class);
    private static final String TOPIC = UnitDirectoryEvents.UNIT_DIRECTORY_PUBLISHED.topic();
    private static final Duration POLL = Duration.ofSeconds(1);
    /** How long to wait before looking for the topic again when the broker has none yet or is away. */
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final Map<String, Object> settings;
    private final UnitDirectoryFollowing following;
    private final JsonMapper jsonMapper;
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread worker;

    public UnitDirectoryFeed(Map<String, Object> clientProperties, String clientId, UnitDirectoryFollowing following,
                             JsonMapper jsonMapper) {
        this.settings = new HashMap<>(clientProperties);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.following = following;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::follow, "unit-directory-feed");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        KafkaConsumer<byte[], byte[]> open = consumer;
        if (open != null) {
            open.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<byte[], byte[]> opened = new KafkaConsumer<>(settings)) {
                consumer = opened;
                if (assignAll(opened)) {
                    while (running) {
                        opened.poll(POLL).forEach(this::apply);
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("unit directory feed: {}; reading {} again from its start", e.toString(), TOPIC);
            } finally {
                consumer = null;
            }
            pause();
        }
    }

    /** Assigns every partition of the topic from its start; false while the topic does not exist yet. */
    private boolean assignAll(KafkaConsumer<byte[], byte[]> opened) {
        List<PartitionInfo> partitions = opened.partitionsFor(TOPIC, RETRY);
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> assigned = partitions.stream()
                .map(partition -> new TopicPartition(TOPIC, partition.partition())).toList();
        opened.assign(assigned);
        opened.seekToBeginning(assigned);
        return true;
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        String type = CloudEventCodec.decode(name -> Optional.ofNullable(record.headers().lastHeader(name))
                .map(Header::value).orElse(null)).type();
        if (!UnitDirectoryEvents.UNIT_DIRECTORY_PUBLISHED.name().equals(type)) {
            return;
        }
        try {
            UnitDirectoryPublished chunk = jsonMapper.readValue(record.value(), UnitDirectoryPublished.class);
            following.apply(chunk).ifPresent(version -> log.info("unit directory version {} applied: {} units",
                    version, chunk.unitCount()));
        } catch (UnitDirectoryException | JacksonException e) {
            log.error("unit directory refused, the one in use stays: {}", e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
