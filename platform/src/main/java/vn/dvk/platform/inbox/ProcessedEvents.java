package vn.dvk.platform.inbox;

import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Remembers which event ids a consumer has applied: the id is the document {@code _id}, so the store's unique index
 * on {@code _id} decides, even between concurrent deliveries.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Claims the event for the consumer; false when it was claimed before (a duplicate or redelivery). */
    public boolean claim(String consumer, String eventId, String type) {
        try {
            mongo.insert(new Document("_id", key(consumer, eventId)).append("consumer", consumer)
                    .append("eventId", eventId).append("type", type)
                    .append("processedAt", Date.from(clock.instant())), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Gives the claim back after the handler failed, so that a retry can apply the event. */
    public void release(String consumer, String eventId) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
    }

    /** Forgets every claim of a consumer, before its read models are rebuilt by replay. */
    public void forget(String consumer) {
        mongo.remove(Query.query(Criteria.where("consumer").is(consumer)), COLLECTION);
    }

    public boolean isProcessed(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
    }

    private static String key(String consumer, String eventId) {
        return consumer + "|" + eventId;
    }
}
