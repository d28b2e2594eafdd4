package vn.dvk.platform.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/** One record of a consumed batch as the binder hands it over: where it was read, its key, headers and value. */
public record ConsumedRecord(String topic, int partition, long offset, byte[] key, Map<String, Object> headers,
                             byte[] value) {

    /**
     * The records of one poll of a batch-mode binding with native decoding (ADR 0019): the values as a list, the
     * headers and positions as parallel lists.
     */
    @SuppressWarnings("unchecked")
    public static List<ConsumedRecord> of(Message<List<?>> batch) {
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
                    keys == null ? null : DeadLetterTopic.bytes(keys.get(i)),
                    converted == null ? Map.of() : converted.get(i),
                    values.get(i) instanceof byte[] value ? value : null));
        }
        return records;
    }
}
