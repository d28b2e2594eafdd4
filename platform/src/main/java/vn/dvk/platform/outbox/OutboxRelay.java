package vn.dvk.platform.outbox;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;

/**
 * Publishes the events waiting in aggregate outboxes as CloudEvents in Kafka binary mode, in order per aggregate, and
 * removes them from their outboxes once the broker has acknowledged them (ADR 0001, ADR 0020).
 * <ul>
 * <li>The aggregate store signals each write in-process ({@link OutboxSignals}); the relay's own thread loads the
 * signalled documents by {@code _id}, hands all their pending events to the producer at once and, when the broker
 * has answered, removes the acknowledged ones with one unordered bulk of {@code $pull}s per collection.</li>
 * <li>A recovery sweep every {@code dvk.outbox.poll-interval} finds what signals missed (a process that died, a
 * broker that was away), oldest first, batch after batch.</li>
 * <li>Only the replica holding the {@link RelayLease} relays; the others' signals are left to its sweep.</li>
 * <li>The backlog gauge is counted on a slow timer, not per batch.</li>
 * </ul>
 * A process killed between the broker's acknowledgement and the {@code $pull} publishes those events once more;
 * consumers drop repeated event ids. While the broker does not answer, a circuit breaker stops the attempts for a
 * while; the events wait, and nothing is lost or reordered: per aggregate only the acknowledged prefix is removed.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String OCCURRED_AT = "occurredAt";

    private final MongoTemplate mongo;
    private final OutboxSignals signals;
    private final RecordPublisher publisher;
    private final RelayLease lease;
    private final CircuitBreaker circuitBreaker;
    private final String source;
    private final int batchSize;
    private final AtomicLong backlog = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(MongoTemplate mongo, OutboxSignals signals, RecordPublisher publisher, RelayLease lease,
                       CircuitBreaker circuitBreaker, MeterRegistry meters, String source, int batchSize) {
        this.mongo = mongo;
        this.signals = signals;
        this.publisher = publisher;
        this.lease = lease;
        this.circuitBreaker = circuitBreaker;
        this.source = source;
        this.batchSize = batchSize;
        Gauge.builder("dvk.outbox.backlog", backlog, AtomicLong::get)
                .description("Events stored in outboxes and not yet acknowledged by the broker, as last counted")
                .register(meters);
        this.published = Counter.builder("dvk.events.published").description("Events published by the relay")
                .register(meters);
        this.failures = Counter.builder("dvk.outbox.publish.failures")
                .description("Relay batches in which the broker did not acknowledge every event")
                .register(meters);
    }

    /**
     * Starts relaying signalled writes as they come, sweeping every {@code sweepInterval} and counting the backlog
     * every {@code backlogInterval}; a second call changes nothing.
     */
    public void start(Duration sweepInterval, Duration backlogInterval) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        signals.listen(this::wakeUp);
        worker.execute(this::relayPending);
        worker.scheduleWithFixedDelay(this::relayPending, sweepInterval.toMillis(), sweepInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(this::refreshBacklog, 0, backlogInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void wakeUp() {
        if (wakeUpQueued.compareAndSet(false, true)) {
            worker.execute(this::relaySignalled);
        }
    }

    /** Publishes the pending events of the documents signalled so far; returns how many it published. */
    synchronized int relaySignalled() {
        wakeUpQueued.set(false);
        int count = 0;
        try {
            while (!signals.isEmpty()) {
                List<OutboxSignals.Written> taken = signals.take(batchSize);
                if (!lease.hold()) {
                    return count;
                }
                Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
                taken.forEach(written -> idsByCollection.computeIfAbsent(written.collection(),
                        collection -> new LinkedHashSet<>()).add(written.id()));
                List<Located> pending = new ArrayList<>();
                idsByCollection.forEach((collection, ids) -> {
                    Query byId = Query.query(Criteria.where("_id").in(ids));
                    byId.fields().include(AggregateStore.OUTBOX);
                    mongo.find(byId, Document.class, collection).forEach(aggregate -> addPending(pending,
                            collection, aggregate));
                });
                count += publishAndRemove(pending);
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay could not relay signalled writes; the sweep will: {}", e.toString());
        }
        return count;
    }

    /**
     * The recovery sweep: publishes everything pending in this service's outbox collections, oldest first, batch
     * after batch, until nothing waits or the broker stops acknowledging. Returns how many events it published.
     */
    public synchronized int relayPending() {
        int count = 0;
        try {
            if (!lease.hold()) {
                return 0;
            }
            int sent;
            do {
                sent = sweepBatch();
                count += sent;
            } while (sent > 0);
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("outbox relay stopped, events stay pending: {}", e.toString());
        }
        return count;
    }

    /**
     * One batch of the sweep: the oldest waiting documents of every collection (by their first pending event), and
     * of their events those up to the horizon that every full batch reaches, so that an event left out of one
     * collection's batch is never overtaken by a later event of another collection.
     */
    private int sweepBatch() {
        List<Located> pending = new ArrayList<>();
        Instant horizon = Instant.MAX;
        for (String collection : outboxCollections()) {
            List<Document> aggregates = oldestWaiting(collection);
            Instant newestFirst = Instant.MIN;
            for (Document aggregate : aggregates) {
                addPending(pending, collection, aggregate);
                Instant first = firstPending(aggregate);
                newestFirst = first.isAfter(newestFirst) ? first : newestFirst;
            }
            if (aggregates.size() == batchSize && newestFirst.isBefore(horizon)) {
                horizon = newestFirst;
            }
        }
        Instant reach = horizon;
        pending.removeIf(located -> located.event().occurredAt().isAfter(reach));
        return publishAndRemove(pending);
    }

    /**
     * The {@code batchSize} documents of a collection whose first pending event is oldest. Ranked here while the
     * documents stream by, keeping no more than a batch: the embedded store does not sort by a field inside an array
     * element ({@code outbox.0.occurredAt}), and it scans the collection for this query either way.
     */
    private List<Document> oldestWaiting(String collection) {
        Query waiting = Query.query(Criteria.where(AggregateStore.OUTBOX + ".0").exists(true));
        waiting.fields().include(AggregateStore.OUTBOX);
        PriorityQueue<Document> newestOnTop = new PriorityQueue<>(
                Comparator.comparing(OutboxRelay::firstPending).reversed());
        try (Stream<Document> aggregates = mongo.stream(waiting, Document.class, collection)) {
            aggregates.forEach(aggregate -> {
                newestOnTop.add(aggregate);
                if (newestOnTop.size() > batchSize) {
                    newestOnTop.poll();
                }
            });
        }
        List<Document> oldest = new ArrayList<>(newestOnTop);
        oldest.sort(Comparator.comparing(OutboxRelay::firstPending));
        return oldest;
    }

    private static Instant firstPending(Document aggregate) {
        return aggregate.getList(AggregateStore.OUTBOX, Document.class).get(0).getDate(OCCURRED_AT).toInstant();
    }

    private static void addPending(List<Located> pending, String collection, Document aggregate) {
        for (Document stored : aggregate.getList(AggregateStore.OUTBOX, Document.class, List.of())) {
            pending.add(new Located(collection, aggregate.get("_id"), PendingEvent.fromDocument(stored)));
        }
    }

    /**
     * Hands the events to the producer at once, oldest first (a stable sort keeps each outbox's order among events
     * stored in the same instant), then removes from each outbox the events acknowledged before its first
     * unacknowledged one, with one bulk write per collection.
     */
    private int publishAndRemove(List<Located> pending) {
        if (pending.isEmpty()) {
            return 0;
        }
        if (!circuitBreaker.tryAcquirePermission()) {
            log.debug("outbox relay paused: circuit breaker open");
            return 0;
        }
        pending.sort(Comparator.comparing(located -> located.event().occurredAt()));
        long started = System.nanoTime();
        List<Boolean> acknowledged;
        try {
            acknowledged = publisher.sendAll(pending.stream().map(this::toRecord).toList());
        } catch (RuntimeException e) {
            circuitBreaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            throw e;
        }
        Map<String, Map<Object, List<String>>> sentByCollection = new LinkedHashMap<>();
        Set<Located.Aggregate> interrupted = new HashSet<>();
        int sent = 0;
        for (int i = 0; i < pending.size(); i++) {
            Located located = pending.get(i);
            if (interrupted.contains(located.aggregate())) {
                continue;
            }
            if (!acknowledged.get(i)) {
                interrupted.add(located.aggregate());
                continue;
            }
            sentByCollection.computeIfAbsent(located.collection(), collection -> new LinkedHashMap<>())
                    .computeIfAbsent(located.aggregateId(), id -> new ArrayList<>()).add(located.event().eventId());
            sent++;
        }
        long elapsed = System.nanoTime() - started;
        if (interrupted.isEmpty()) {
            circuitBreaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
        } else {
            failures.increment();
            circuitBreaker.onError(elapsed, TimeUnit.NANOSECONDS, new IllegalStateException(
                    (pending.size() - sent) + " events not acknowledged by the broker"));
            log.warn("outbox relay: the broker acknowledged {} of {} events; the rest stay pending", sent,
                    pending.size());
        }
        sentByCollection.forEach(this::remove);
        published.increment(sent);
        log.debug("published {} events", sent);
        return sent;
    }

    private void remove(String collection, Map<Object, List<String>> sentByAggregate) {
        BulkOperations pulls = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        sentByAggregate.forEach((aggregateId, eventIds) -> pulls.updateOne(
                Query.query(Criteria.where("_id").is(aggregateId)),
                new Update().pull(AggregateStore.OUTBOX, new Document("eventId", new Document("$in", eventIds)))));
        pulls.execute();
    }

    private ProducerRecord<byte[], byte[]> toRecord(Located located) {
        PendingEvent event = located.event();
        CloudEvent attributes = new CloudEvent(event.eventId(), source, event.type(), event.subject(),
                event.occurredAt(), event.dataSchema(), event.unitPath(), event.sequence(), event.previousUnitPath());
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(event.topic(),
                event.subject().getBytes(StandardCharsets.UTF_8), event.payload().getBytes(StandardCharsets.UTF_8));
        CloudEventCodec.encode(attributes).forEach((name, value) -> record.headers().add(name, value));
        return record;
    }

    /** Counts what waits now, in every outbox collection: a scan, so the gauge does it on a slow timer only. */
    public long backlog() {
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

    private void refreshBacklog() {
        try {
            backlog.set(backlog());
        } catch (RuntimeException e) {
            log.debug("outbox backlog not counted: {}", e.toString());
        }
    }

    /** Only the collections the aggregate store has written: read models and claims never hold outboxes. */
    private List<String> outboxCollections() {
        return mongo.findAll(Document.class, AggregateStore.OUTBOX_COLLECTIONS).stream()
                .map(registered -> registered.getString("_id")).sorted().toList();
    }

    /** Stops relaying, lets the producer finish what it holds and gives the lease up for another replica. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("relay lease not released, it expires on its own: {}", e.toString());
        }
    }

    /** A pending event and the document it waits in. */
    private record Located(String collection, Object aggregateId, PendingEvent event) {

        Aggregate aggregate() {
            return new Aggregate(collection, aggregateId);
        }

        private record Aggregate(String collection, Object id) {
        }
    }
}
