package vn.dvk.notification.delivery.adapter;

import com.mongodb.client.result.UpdateResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryPage;
import vn.dvk.notification.delivery.domain.DeliveryQuery;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.platform.inbox.IdempotentInserts;
import vn.dvk.platform.scope.Subtree;

/**
 * Messages as {@link DeliveryDocument}s. Each change is one document write conditioned on the version read before
 * it, so that of two workers (threads or instances) only one claims a message and a late worker whose lease ran out
 * cannot overwrite the outcome of the one that took over.
 */
@Repository
class MongoDeliveries implements Deliveries {

    private static final String VERSION = "version";

    private final MongoTemplate mongo;

    MongoDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One unordered bulk write for all of them: a message stored before keeps its state and is not returned. */
    @Override
    public List<Delivery> addNew(List<Delivery> intents) {
        return IdempotentInserts.insertNew(mongo, DeliveryDocument.class, intents, DeliveryDocument::of);
    }

    @Override
    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeliveryDocument.class)).map(DeliveryDocument::toDelivery);
    }

    @Override
    public Optional<Delivery> claim(String id, Instant now, Duration lease) {
        Optional<Delivery> current = find(id).filter(delivery -> delivery.isDue(now));
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Delivery claimed = current.get().claimed(now, lease);
        return replace(claimed) ? Optional.of(claimed) : Optional.empty();
    }

    @Override
    public boolean settle(Delivery changed) {
        return replace(changed);
    }

    /** Writes the changed message over the version it was made from; false when that version is gone. */
    private boolean replace(Delivery changed) {
        Document fields = new Document();
        mongo.getConverter().write(DeliveryDocument.of(changed), fields);
        fields.remove("_id");
        Update update = new Update();
        fields.forEach(update::set);
        for (String absent : List.of("leaseUntil", "settledAt", "digestId")) {
            if (!fields.containsKey(absent)) {
                update.unset(absent);
            }
        }
        UpdateResult result = mongo.updateFirst(Query.query(Criteria.where("_id").is(changed.id())
                .and(VERSION).is(changed.version() - 1)), update, DeliveryDocument.class);
        return result.getMatchedCount() == 1;
    }

    @Override
    public List<String> due(Instant now, int limit) {
        Query query = Query.query(new Criteria().orOperator(
                        Criteria.where("status").is(DeliveryStatus.PENDING.name()).and("nextAttemptAt").lte(now),
                        Criteria.where("status").is(DeliveryStatus.SENDING.name()).and("leaseUntil").lt(now)))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(DeliveryDocument.class)).stream()
                .map(document -> document.getString("_id")).toList();
    }

    @Override
    public List<Delivery> waitingForDigest(Instant before) {
        return mongo.find(Query.query(Criteria.where("status").is(DeliveryStatus.IN_DIGEST.name())
                        .and("createdAt").lt(before)), DeliveryDocument.class).stream()
                .map(DeliveryDocument::toDelivery).toList();
    }

    @Override
    public void markDigested(List<String> ids, String digestId, Instant at) {
        for (String id : ids) {
            find(id).filter(delivery -> delivery.status() == DeliveryStatus.IN_DIGEST)
                    .ifPresent(waiting -> replace(waiting.digested(digestId, at)));
        }
    }

    @Override
    public DeliveryPage list(DeliveryQuery filter) {
        Query query = Query.query(Subtree.of("unitPath", filter.unitPath()));
        if (filter.status() != null) {
            query.addCriteria(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.channel() != null) {
            query.addCriteria(Criteria.where("channel").is(filter.channel().name()));
        }
        long total = mongo.count(query, DeliveryDocument.class);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                .skip((long) filter.page() * filter.size()).limit(filter.size());
        return new DeliveryPage(mongo.find(query, DeliveryDocument.class).stream().map(DeliveryDocument::toDelivery)
                .toList(), filter.page(), filter.size(), total);
    }
}
