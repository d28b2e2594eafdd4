package vn.dvk.platform.inbox;

import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Remembers which event ids a consumer has applied: the id is the document {@code _id}, so the store's unique index
 * on {@code _id} decides, even between concurrent deliveries.
 * <p>
 * A claim is {@code APPLYING} until the handler has finished, then {@code APPLIED}. Each claim names the process that
 * made it: a claim still {@code APPLYING} under another process's name was left by a process that died mid-handler,
 * and the redelivery takes it over instead of skipping an event that was never applied.
 * <p>
 * Claims belong to a consumer of one instance scope: instances of several scopes may share a database (when it is set
 * by hand), and each must apply every event of its own subtree. The national root's claims keep the bare consumer
 * name, as before scopes had claims of their own.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";
    private static final String APPLYING = "APPLYING";
    private static final String APPLIED = "APPLIED";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String scope;
    private final String process = UUID.randomUUID().toString();

    /** The claims of an instance of the national root. */
    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, "");
    }

    /** The claims of an instance scoped to the unit {@code scope}; empty for the national root. */
    public ProcessedEvents(MongoTemplate mongo, Clock clock, String scope) {
        this.mongo = mongo;
        this.clock = clock;
        this.scope = scope;
    }

    /** Claims the event for the consumer; false when it was applied before or is being applied right now. */
    public boolean claim(String consumer, String eventId, String type) {
        String id = key(consumer, eventId);
        try {
            mongo.insert(new Document("_id", id).append("consumer", owner(consumer)).append("eventId", eventId)
                    .append("type", type).append("state", APPLYING).append("process", process)
                    .append("claimedAt", Date.from(clock.instant())), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            UpdateResult takeover = mongo.updateFirst(Query.query(Criteria.where("_id").is(id)
                            .and("state").is(APPLYING).and("process").ne(process)),
                    new Update().set("process", process).set("claimedAt", Date.from(clock.instant())), COLLECTION);
            return takeover.getModifiedCount() == 1;
        }
    }

    /** Marks a claimed event as applied: from now on every delivery of it is a duplicate. */
    public void complete(String consumer, String eventId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key(consumer, eventId))),
                new Update().set("state", APPLIED).set("processedAt", Date.from(clock.instant())), COLLECTION);
    }

    /** Gives the claim back after the handler failed, so that a retry can apply the event. */
    public void release(String consumer, String eventId) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
    }

    /** Forgets every claim of a consumer, before its read models are rebuilt by replay. */
    public void forget(String consumer) {
        mongo.remove(Query.query(Criteria.where("consumer").is(owner(consumer))), COLLECTION);
    }

    public boolean isProcessed(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key(consumer, eventId)).and("state").is(APPLIED)),
                COLLECTION);
    }

    private String key(String consumer, String eventId) {
        return owner(consumer) + "|" + eventId;
    }

    /** The consumer as its claims name it: {@code reporting} at the national root, {@code reporting@124} below. */
    private String owner(String consumer) {
        return scope.isEmpty() ? consumer : consumer + "@" + scope;
    }
}
