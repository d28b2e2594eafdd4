package vn.dvk.reporting.projection.adapter;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import vn.dvk.platform.inbox.ConsumedRecord;
import vn.dvk.platform.inbox.DeadLetterTopic;
import vn.dvk.platform.inbox.PoisonRecord;
import vn.dvk.platform.outbox.RecordPublisher;

/**
 * The live batch consumer of the registration topic (ADR 0019): it takes the records of one poll as the binder hands
 * them over (payloads as a list, headers as parallel lists), applies them with {@link RegistrationBatches}, and parks
 * the poison records on the dead-letter topic the binder would use ({@link DeadLetterTopic}). A failure of the batch
 * itself (the store away) throws: the container retries the whole batch, which is replay-safe.
 */
public class RegistrationBatchListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RegistrationBatchListener.class);

    private final RegistrationBatches batches;
    private final RecordPublisher publisher;
    private final DeadLetterTopic deadLetters;

    public RegistrationBatchListener(RegistrationBatches batches, RecordPublisher deadLetters,
                                     String deadLetterTopic) {
        this.batches = batches;
        this.publisher = deadLetters;
        this.deadLetters = new DeadLetterTopic(deadLetters, deadLetterTopic);
    }

    public void accept(Message<List<?>> batch) {
        List<ConsumedRecord> records = ConsumedRecord.of(batch);
        log.debug("applying a batch of {} registration records", records.size());
        List<PoisonRecord> poison;
        try {
            poison = batches.apply(records);
        } catch (RuntimeException e) {
            log.warn("a batch of {} registration records failed and is delivered again: {}", records.size(),
                    e.toString());
            throw e;
        }
        deadLetters.park(poison, batches.decoder());
    }

    @Override
    public void close() {
        publisher.close();
    }
}
