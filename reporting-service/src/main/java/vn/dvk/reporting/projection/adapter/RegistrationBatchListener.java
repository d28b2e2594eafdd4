package vn.dvk.reporting.projection.adapter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import vn.dvk.platform.outbox.RecordPublisher;

/**
 * The live batch consumer of the registration topic (ADR 0019): it takes the records of one poll as the binder hands
 * them over (payloads as a list, headers as parallel lists), applies them with {@link RegistrationBatches}, and parks
 * the poison records on the dead-letter topic the binder would use ({@code error.<topic>.<group>}), with the
 * binder's {@code x-original-*} and {@code x-exception-*} headers, counted in {@code dvk.events.dead-lettered}. A
 * failure of the batch itself (the store away) throws: the container retries the whole batch, which is replay-safe.
 */
public class RegistrationBatchListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RegistrationBatchListener.class);

    private final RegistrationBatches batches;
    private final RecordPublisher deadLetters;
    private final String deadLetterTopic;

    public RegistrationBatchListener(RegistrationBatches batches, RecordPublisher deadLetters,
                                     String deadLetterTopic) {
        this.batches = batches;
        this.deadLetters = deadLetters;
        this.deadLetterTopic = deadLetterTopic;
    }

    public void accept(Message<List<?>> batch) {
        List<ConsumedRecord> records = recordsOf(batch);
        log.debug("applying a batch of {} registration records", records.size());
        List<RegistrationBatches.Poisoned> poison;
        try {
            poison = batches.apply(records);
        } catch (RuntimeException e) {
            log.warn("a batch of {} registration records failed and is delivered again: {}", records.size(),
                    e.toString());
            throw e;
        }
        if (poison.isEmpty()) {
            return;
        }
        List<Boolean> parked = deadLetters.sendAll(poison.stream().map(this::deadLetter).toList());
        if (parked.contains(false)) {
            throw new IllegalStateException("the dead-letter topic " + deadLetterTopic
                    + " did not take every poison record of the batch; the batch is delivered again");
        }
        for (RegistrationBatches.Poisoned poisoned : poison) {
            batches.deadLettered();
            log.error("{}-{}@{} goes to the dead-letter topic {}: {}", poisoned.record().topic(),
                    poisoned.record().partition(), poisoned.record().offset(), deadLetterTopic,
                    poisoned.reason().toString());
        }
    }

    @Override
    public void close() {
        deadLetters.close();
    }

    @SuppressWarnings("unchecked")
    private static List<ConsumedRecord> recordsOf(Message<List<?>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<?> values = batch.getPayload();
        List<Map<String, Object>> converted = (List<Map<String, Object>>) headers.get(
                KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<String> topics = (List<String>) headers.get(KafkaHeaders.RECEIVED_TOPIC);
        List<Integer> partitions = (List<Integer>) headers.get(KafkaHeaders.RECEIVED_PARTITION);
        List<Long> offsets = (List<Long>) headers.get(KafkaHeaders.OFFSET);
        List<Object> keys = (List<Object>) headers.get(KafkaHeaders.RECEIVED_KEY);
        List<ConsumedRecord> records = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            records.add(new ConsumedRecord(topics.get(i), partitions.get(i), offsets.get(i),
                    keys == null ? null : bytes(keys.get(i)), converted == null ? Map.of() : converted.get(i),
                    values.get(i) instanceof byte[] value ? value : null));
        }
        return records;
    }

    private ProducerRecord<byte[], byte[]> deadLetter(RegistrationBatches.Poisoned poisoned) {
        ConsumedRecord record = poisoned.record();
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        record.headers().forEach((name, value) -> {
            byte[] bytes = bytes(value);
            if (bytes != null && !name.startsWith("kafka_")) {
                letter.headers().add(new RecordHeader(name, bytes));
            }
        });
        letter.headers().add(new RecordHeader("x-original-topic", bytes(record.topic())));
        letter.headers().add(new RecordHeader("x-original-partition",
                ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array()));
        letter.headers().add(new RecordHeader("x-original-offset",
                ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array()));
        letter.headers().add(new RecordHeader("x-exception-fqcn", bytes(poisoned.reason().getClass().getName())));
        if (poisoned.reason().getMessage() != null) {
            letter.headers().add(new RecordHeader("x-exception-message", bytes(poisoned.reason().getMessage())));
        }
        return letter;
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        return value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : null;
    }
}
