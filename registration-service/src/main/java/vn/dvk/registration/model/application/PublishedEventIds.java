package vn.dvk.registration.model.application;

import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.platform.inbox.InboundEvent;

/**
 * Remembers the CloudEvents id ({@code ce_id}) each model event got, so that the history can name the event of
 * every change. The platform's outbox assigns the id inside {@code AggregateStore.save} without returning it, so
 * this service reads its own topic back and keys the ids by model and {@code ce_sequence}. They live in their own
 * collection: writing them into the model document would race with commands that rewrite it.
 */
@Component
public class PublishedEventIds {

    static final String COLLECTION = "model_event_ids";

    private final MongoTemplate mongo;

    public PublishedEventIds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void remember(InboundEvent<?> event) {
        mongo.save(new Document("_id", event.subject() + "|" + event.sequence()).append("modelId", event.subject())
                .append("sequence", event.sequence()).append("eventId", event.id()).append("type", event.type()),
                COLLECTION);
    }

    /** Event ids of a model by {@code ce_sequence}; a change whose event is not yet published has none. */
    public Map<Long, String> of(String modelId) {
        Map<Long, String> ids = new HashMap<>();
        for (Document document : mongo.find(Query.query(Criteria.where("modelId").is(modelId)), Document.class,
                COLLECTION)) {
            ids.put(((Number) document.get("sequence")).longValue(), document.getString("eventId"));
        }
        return ids;
    }
}
