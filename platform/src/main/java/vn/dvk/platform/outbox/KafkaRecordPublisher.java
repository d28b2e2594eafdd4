package vn.dvk.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's own Kafka producer: asynchronous sends gathered by the producer into batches ({@code linger.ms},
 * {@code batch.size}), acknowledged by all in-sync replicas ({@code acks=all}), idempotent (a retried send is written
 * once, in order, per partition). A batch with a failed record closes the producer and the next batch opens a new
 * one, so that no producer left in a fatal state is reused. Topics are created with the binder's partition count
 * before their first record, as the binder would have created them.
 */
public class KafkaRecordPublisher implements RecordPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaRecordPublisher.class);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> client;
    private final Map<String, Object> settings;
    private final int partitions;
    private final short replicationFactor;
    private final Set<String> provisioned = ConcurrentHashMap.newKeySet();
    private Producer<byte[], byte[]> producer;

    /**
     * @param clientProperties the brokers and login ({@code DvkProperties.Kafka#clientProperties()})
     * @param linger           how long the producer waits to fill a batch
     * @param batchBytes       the largest batch per partition, in bytes
     */
    public KafkaRecordPublisher(Map<String, Object> clientProperties, String clientId, Duration linger,
                                int batchBytes, int partitions, short replicationFactor) {
        Map<String, Object> producerSettings = new HashMap<>(clientProperties);
        producerSettings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        producerSettings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerSettings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerSettings.put(ProducerConfig.ACKS_CONFIG, "all");
        producerSettings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerSettings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerSettings.put(ProducerConfig.LINGER_MS_CONFIG, (int) linger.toMillis());
        producerSettings.put(ProducerConfig.BATCH_SIZE_CONFIG, batchBytes);
        producerSettings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        producerSettings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        producerSettings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        producerSettings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        this.client = Map.copyOf(clientProperties);
        this.settings = Map.copyOf(producerSettings);
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    @Override
    public synchronized List<Boolean> sendAll(List<ProducerRecord<byte[], byte[]>> records) {
        provision(records);
        if (producer == null) {
            producer = new KafkaProducer<>(settings);
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        for (ProducerRecord<byte[], byte[]> record : records) {
            Future<RecordMetadata> answer;
            try {
                answer = producer.send(record);
            } catch (KafkaException refused) {
                log.debug("record refused by the producer: {}", refused.toString());
                break;
            }
            sent.add(answer);
            // Refused at once (no metadata within max.block.ms: the broker is away): the rest would wait as long each.
            if (answer.isDone() && !acknowledged(answer)) {
                break;
            }
        }
        List<Boolean> acknowledged = new ArrayList<>(records.size());
        boolean failed = sent.size() < records.size();
        for (Future<RecordMetadata> answer : sent) {
            boolean ok = acknowledged(answer);
            failed |= !ok;
            acknowledged.add(ok);
        }
        while (acknowledged.size() < records.size()) {
            acknowledged.add(false);
        }
        if (failed) {
            producer.close(Duration.ZERO);
            producer = null;
        }
        return acknowledged;
    }

    private static boolean acknowledged(Future<RecordMetadata> answer) {
        try {
            answer.get(DELIVERY_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            log.debug("record not acknowledged: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Creates the topics not yet seen; a broker that does not answer leaves them to the next batch. */
    private void provision(List<ProducerRecord<byte[], byte[]>> records) {
        Set<String> missing = new LinkedHashSet<>();
        for (ProducerRecord<byte[], byte[]> record : records) {
            if (!provisioned.contains(record.topic())) {
                missing.add(record.topic());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Object> adminSettings = new HashMap<>(client);
        adminSettings.put("request.timeout.ms", 5_000);
        adminSettings.put("default.api.timeout.ms", 5_000);
        try (Admin admin = Admin.create(adminSettings)) {
            for (String topic : missing) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions),
                            Optional.of(replicationFactor)))).all().get(5, TimeUnit.SECONDS);
                    provisioned.add(topic);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicExistsException) {
                        provisioned.add(topic);
                    } else {
                        log.debug("topic {} not created yet: {}", topic, e.toString());
                    }
                } catch (TimeoutException e) {
                    log.debug("topic {} not created yet: {}", topic, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
