package vn.dvk.platform.outbox;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;

/**
 * Publishes the events waiting in aggregate outboxes, in order per aggregate, as CloudEvents in Kafka binary mode,
 * and removes each from its outbox once the broker has acknowledged it. While the broker is down the events wait
 * (Resilience4j retry, then an open circuit breaker that stops hammering the broker); nothing is lost or reordered.
 * A crash between publishing and removal republishes the event once more: consumers are idempotent.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final StreamBridge streamBridge;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final String source;
    private final int batchSize;
    private final AtomicLong backlog = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(MongoTemplate mongo, StreamBridge streamBridge, Retry retry, CircuitBreaker circuitBreaker,
                       MeterRegistry meters, String source, int batchSize) {
        this.mongo = mongo;
        this.streamBridge = streamBridge;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.source = source;
        this.batchSize = batchSize;
        Gauge.builder("dvk.outbox.backlog", backlog, AtomicLong::get)
                .description("Events stored in outboxes and not yet acknowledged by the broker")
                .register(meters);
        this.published = Counter.builder("dvk.events.published").description("Events published by the relay")
                .register(meters);
        this.failures = Counter.builder("dvk.outbox.publish.failures")
                .description("Relay runs that stopped because the broker did not acknowledge an event")
                .register(meters);
    }

    /**
     * Publishes what is pending, oldest first across all of this service's collections (so that two aggregates
     * emitting events for the same key keep their order), each aggregate's events in outbox order; stops at the first
     * event the broker does not acknowledge. Returns how many events were published in this run.
     */
    public synchronized int relayPending() {
        int count = 0;
        try {
            for (Located located : oldestPending()) {
                publish(located.event());
                mongo.updateFirst(Query.query(Criteria.where("_id").is(located.aggregateId())),
                        new Update().pull(AggregateStore.OUTBOX, new Document("eventId", located.event().eventId())),
                        located.collection());
                count++;
            }
        } catch (CallNotPermittedException e) {
            log.debug("outbox relay paused: circuit breaker open");
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("outbox relay stopped, events stay pending until the broker answers: {}", e.toString());
        }
        backlog.set(countPending());
        return count;
    }

    public long backlog() {
        return countPending();
    }

    /** A pending event and the document it waits in. */
    private record Located(String collection, Object aggregateId, PendingEvent event) {
    }

    private List<Located> oldestPending() {
        List<Located> pending = new ArrayList<>();
        for (String collection : outboxCollections()) {
            Query withPending = Query.query(Criteria.where(AggregateStore.OUTBOX + ".0").exists(true))
                    .limit(batchSize);
            withPending.fields().include(AggregateStore.OUTBOX);
            for (Document aggregate : mongo.find(withPending, Document.class, collection)) {
                for (Document stored : aggregate.getList(AggregateStore.OUTBOX, Document.class)) {
                    pending.add(new Located(collection, aggregate.get("_id"), PendingEvent.fromDocument(stored)));
                }
            }
        }
        // A stable sort keeps each outbox's own order among events stored in the same instant.
        pending.sort(Comparator.comparing(located -> located.event().occurredAt()));
        return pending;
    }

    /** Only the collections the aggregate store has written: read models and claims never hold outboxes. */
    private List<String> outboxCollections() {
        return mongo.findAll(Document.class, AggregateStore.OUTBOX_COLLECTIONS).stream()
                .map(registered -> registered.getString("_id")).sorted().toList();
    }

    private void publish(PendingEvent event) {
        CloudEvent attributes = new CloudEvent(event.eventId(), source, event.type(), event.subject(),
                event.occurredAt(), event.dataSchema(), event.unitPath(), event.sequence(), event.previousUnitPath());
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(event.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.subject().getBytes(StandardCharsets.UTF_8));
        CloudEventCodec.encode(attributes).forEach(builder::setHeader);
        Message<byte[]> message = builder.build();
        MDC.put("eventId", event.eventId());
        MDC.put("unit", event.unitPath());
        try {
            Runnable send = () -> {
                if (!streamBridge.send(event.topic(), message)) {
                    throw new IllegalStateException("the binder refused event " + event.eventId());
                }
            };
            circuitBreaker.executeRunnable(Retry.decorateRunnable(retry, send));
            published.increment();
            log.debug("published {} {} to {}", event.type(), event.eventId(), event.topic());
        } finally {
            MDC.remove("eventId");
            MDC.remove("unit");
        }
    }

    private long countPending() {
        long total = 0;
        for (String collection : outboxCollections()) {
            Query withPending = Query.query(Criteria.where(AggregateStore.OUTBOX + ".0").exists(true));
            withPending.fields().include(AggregateStore.OUTBOX);
            for (Document aggregate : mongo.find(withPending, Document.class, collection)) {
                total += aggregate.getList(AggregateStore.OUTBOX, Document.class).size();
            }
        }
        return total;
    }
}
