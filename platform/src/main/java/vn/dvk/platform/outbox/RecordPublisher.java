package vn.dvk.platform.outbox;

import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Hands a batch of records to the broker and tells which of them it acknowledged. */
public interface RecordPublisher extends AutoCloseable {

    /**
     * Sends the records in their order, all at once, and waits for the broker's answers: the i-th answer is whether
     * record i was acknowledged by every in-sync replica.
     */
    List<Boolean> sendAll(List<ProducerRecord<byte[], byte[]>> records);

    @Override
    void close();
}
