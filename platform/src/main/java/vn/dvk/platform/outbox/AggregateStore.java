package vn.dvk.platform.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.idempotency.ResourceIds;

/**
 * Writes an aggregate document and the events it emits in ONE document write (the transactional outbox without
 * multi-document transactions). The events go into the document's {@code outbox} array, which only this store and
 * the relay touch: an update appends with {@code $push} and never rewrites the array, so an event the relay has
 * already published and removed cannot come back.
 * <p>
 * Versions count events: an aggregate at version {@code v} saving {@code k} events moves to {@code v + k} (at least
 * {@code v + 1}), and its i-th event carries {@code ce_sequence = v + i + 1}. A create whose id is taken is refused
 * with {@link AlreadyExists}, a save with a stale version with {@link StaleVersion}; neither writes anything.
 */
public class AggregateStore {

    public static final String OUTBOX = "outbox";
    public static final String VERSION = "version";
    /** The names of the collections that hold outboxes: the relay reads these and no others. */
    static final String OUTBOX_COLLECTIONS = "outbox_collections";

    private final MongoTemplate mongo;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final OutboxSignals signals;
    private final Set<String> registeredCollections = ConcurrentHashMap.newKeySet();

    public AggregateStore(MongoTemplate mongo, JsonMapper jsonMapper, Clock clock, OutboxSignals signals) {
        this.mongo = mongo;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.signals = signals;
    }

    /** The version an aggregate at {@code expectedVersion} reaches after saving {@code eventCount} events. */
    private static long nextVersion(long expectedVersion, int eventCount) {
        return expectedVersion + Math.max(1, eventCount);
    }

    /**
     * Inserts (expectedVersion 0) or updates (expectedVersion &gt; 0, only if the stored version still equals it)
     * the document, appending the events to its outbox. Returns the new version.
     */
    public long save(Object aggregate, String id, long expectedVersion, List<? extends OutboundEvent<?>> events) {
        String collection = mongo.getCollectionName(aggregate.getClass());
        register(collection);
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.remove(OUTBOX);
        document.put("_id", id);
        long newVersion = nextVersion(expectedVersion, events.size());
        document.put(VERSION, newVersion);
        List<Document> pending = toPending(events, expectedVersion);
        if (expectedVersion == 0) {
            document.put(OUTBOX, pending);
            try {
                mongo.getCollection(collection).insertOne(document);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return alreadyStored(collection, id, newVersion);
            } catch (DuplicateKeyException e) {
                return alreadyStored(collection, id, newVersion);
            }
            return written(collection, id, pending, newVersion);
        }
        Update update = new Update();
        document.forEach((key, value) -> {
            if (!"_id".equals(key)) {
                update.set(key, value);
            }
        });
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass())
                .doWithProperties((org.springframework.data.mapping.PropertyHandler<
                        org.springframework.data.mongodb.core.mapping.MongoPersistentProperty>) property -> {
                    if (!document.containsKey(property.getFieldName())) {
                        update.unset(property.getFieldName());
                    }
                });
        if (!pending.isEmpty()) {
            update.push(OUTBOX).each(pending.toArray());
        }
        Query current = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        UpdateResult result = mongo.updateFirst(current, update, collection);
        if (result.getMatchedCount() == 0) {
            if (!mongo.exists(Query.query(Criteria.where("_id").is(id)), collection)) {
                throw Rejection.notFound("bản ghi", id);
            }
            throw new StaleVersion(id, expectedVersion);
        }
        return written(collection, id, pending, newVersion);
    }

    /** The write is acknowledged: the relay may publish its events now. */
    private long written(String collection, String id, List<Document> pending, long newVersion) {
        if (!pending.isEmpty()) {
            signals.written(collection, id);
        }
        return newVersion;
    }

    /** A new aggregate document and the events it emits, for {@link #insertAll}. */
    public record NewAggregate(Object document, String id, List<? extends OutboundEvent<?>> events) {
    }

    /**
     * Inserts new documents (version {@code max(1, events)}), each with its events in its outbox, in one unordered
     * bulk write per collection: one round trip, and one synced commit on the embedded store, instead of one per
     * document. For batches whose ids were fixed before their first attempt (an import recorded before it is stored):
     * a document whose id is already stored was written by an earlier attempt of the same batch and is left as it is,
     * so running the batch again completes it. Any other failure is thrown once the bulk has run.
     */
    public void insertAll(List<NewAggregate> aggregates) {
        Map<String, List<Document>> byCollection = new LinkedHashMap<>();
        for (NewAggregate aggregate : aggregates) {
            String collection = mongo.getCollectionName(aggregate.document().getClass());
            Document document = new Document();
            mongo.getConverter().write(aggregate.document(), document);
            document.put("_id", aggregate.id());
            document.put(VERSION, nextVersion(0, aggregate.events().size()));
            document.put(OUTBOX, toPending(aggregate.events(), 0));
            byCollection.computeIfAbsent(collection, name -> new ArrayList<>()).add(document);
        }
        byCollection.forEach((collection, documents) -> {
            register(collection);
            try {
                mongo.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                boolean onlyTakenIds = e.getWriteErrors().stream()
                        .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
                if (!onlyTakenIds || e.getWriteConcernError() != null) {
                    throw e;
                }
            }
            documents.forEach(document -> signals.written(collection, document.get("_id")));
        });
    }

    /**
     * A create found its id taken. When a keyed request runs again after its first run died, the document under an id
     * of that request was written by the first run (with its events): the create is done. Otherwise it is a conflict.
     */
    private long alreadyStored(String collection, String id, long newVersion) {
        if (ResourceIds.isRerun()) {
            signals.written(collection, id);
            return newVersion;
        }
        throw new AlreadyExists(id);
    }

    /** Tells the relay, once per collection and process, that this collection holds outboxes. */
    private void register(String collection) {
        if (registeredCollections.add(collection)) {
            mongo.upsert(Query.query(Criteria.where("_id").is(collection)), new Update().setOnInsert("since",
                    Date.from(clock.instant())), OUTBOX_COLLECTIONS);
        }
    }

    private List<Document> toPending(List<? extends OutboundEvent<?>> events, long expectedVersion) {
        List<Document> pending = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            OutboundEvent<?> event = events.get(i);
            pending.add(new PendingEvent(event.id(), event.type().name(), event.type().topic(),
                    event.type().dataSchemaUri(), event.subject(), event.unitPath(), event.previousUnitPath(),
                    expectedVersion + i + 1, clock.instant(), jsonMapper.writeValueAsString(event.payload()))
                    .toDocument());
        }
        return pending;
    }
}
