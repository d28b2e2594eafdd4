package vn.dvk.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import com.mongodb.client.MongoClients;

/**
 * A relay in a process of its own whose every batch, once the broker has acknowledged it, stops before the outboxes
 * are touched: it prints {@code ACKNOWLEDGED n} and waits there until {@link RelayKilledAfterSendTest} kills it.
 * Arguments: the store's URI, the database, the brokers, the lease in milliseconds.
 */
public final class RelayStoppingAfterAcknowledgement {

    static final String ACKNOWLEDGED = "ACKNOWLEDGED ";

    private RelayStoppingAfterAcknowledgement() {
    }

    public static void main(String[] args) {
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(args[0]), args[1]);
        KafkaRecordPublisher kafka = OutboxFixtures.publisher(args[2]);
        RecordPublisher stoppingBeforeRemoval = new RecordPublisher() {
            @Override
            public List<Boolean> sendAll(List<ProducerRecord<byte[], byte[]>> records) {
                List<Boolean> acknowledged = kafka.sendAll(records);
                System.out.println(ACKNOWLEDGED + acknowledged.stream().filter(Boolean::booleanValue).count());
                System.out.flush();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("interrupted while waiting to be killed");
            }

            @Override
            public void close() {
                kafka.close();
            }
        };
        OutboxFixtures.relay(mongo, stoppingBeforeRemoval, Duration.ofMillis(Long.parseLong(args[3])), 100)
                .relayPending();
    }
}
