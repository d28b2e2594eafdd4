package vn.dvk.platform.inbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvk.platform.outbox.RecordPublisher;

/**
 * Where a batch consumer parks its poison records (ADR 0019): the topic the binder's dead-letter queue would use
 * ({@code error.<topic>.<group>}), written by the consumer's own producer with the binder's {@code x-original-*} and
 * {@code x-exception-*} headers and counted in {@code dvk.events.dead-lettered}. The binder's own dead-letter queue
 * cannot serve a batch binding: it would park the whole batch on any exception. The caller closes the publisher.
 */
public class DeadLetterTopic {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTopic.class);

    private final RecordPublisher publisher;
    private final String topic;

    public DeadLetterTopic(RecordPublisher publisher, String topic) {
        this.publisher = publisher;
        this.topic = topic;
    }

    /**
     * Parks the poison records of a batch and counts them under the decoder's consumer; throws when the topic did not
     * take every one of them, so that the batch is delivered again (a batch consumer's effect is replay-safe).
     */
    public void park(List<PoisonRecord> poison, EventDecoder decoder) {
        if (poison.isEmpty()) {
            return;
        }
        List<Boolean> parked = publisher.sendAll(poison.stream().map(this::letter).toList());
        if (parked.contains(false)) {
            throw new IllegalStateException("the dead-letter topic " + topic
                    + " did not take every poison record of the batch; the batch is delivered again");
        }
        for (PoisonRecord poisoned : poison) {
            decoder.deadLettered();
            log.error("{}-{}@{} goes to the dead-letter topic {}: {}", poisoned.record().topic(),
                    poisoned.record().partition(), poisoned.record().offset(), topic, poisoned.reason().toString());
        }
    }

    private ProducerRecord<byte[], byte[]> letter(PoisonRecord poisoned) {
        ConsumedRecord record = poisoned.record();
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic, record.key(), record.value());
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

    static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        return value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : null;
    }
}
