package vn.dvk.platform.idempotency;

import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.platform.retention.Retention;

/**
 * The store behind {@code Idempotency-Key}: a key is claimed (unique {@code _id}) with the hash of its request and the
 * id of the resource it will create BEFORE the request runs, and completed with the response once it succeeded. A
 * claim whose run never completed (its process died) is taken over after a lease, and the rerun keeps the claimed id.
 */
public class IdempotencyKeys {

    static final String COLLECTION = "idempotency_keys";
    /** A key is kept for replays long after any client could still retry it, then purged. */
    public static final Retention RETENTION = new Retention("idempotency-keys", COLLECTION, "createdAt");
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;

    public IdempotencyKeys(MongoTemplate mongo, Clock clock, Duration lease) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
    }

    /** What claiming a key found. */
    public sealed interface Claim permits Run, Replay, InProgress, Reused {
    }

    /** Run the request; {@code rerun} when a first run claimed the key and never completed. */
    public record Run(String resourceId, boolean rerun) implements Claim {
    }

    /** The key's request completed before: answer with its response. */
    public record Replay(StoredResponse response) implements Claim {
    }

    /** The key's request is running right now. */
    public record InProgress() implements Claim {
    }

    /** The key was used for a different request. */
    public record Reused() implements Claim {
    }

    /** A successful response, kept to answer replays. */
    public record StoredResponse(int status, String contentType, String location, String etag, byte[] body) {
    }

    public Claim claim(String key, String requestHash) {
        Date now = Date.from(clock.instant());
        String resourceId = UUID.randomUUID().toString();
        try {
            mongo.insert(new Document("_id", key).append("requestHash", requestHash).append("state", IN_PROGRESS)
                    .append("resourceId", resourceId).append("claimedAt", now).append("createdAt", now), COLLECTION);
            return new Run(resourceId, false);
        } catch (DuplicateKeyException e) {
            return existing(key, requestHash, now);
        }
    }

    private Claim existing(String key, String requestHash, Date now) {
        Document stored = mongo.findById(key, Document.class, COLLECTION);
        if (stored == null) {
            return new InProgress();
        }
        if (!requestHash.equals(stored.getString("requestHash"))) {
            return new Reused();
        }
        if (COMPLETED.equals(stored.getString("state"))) {
            Document response = stored.get("response", Document.class);
            return new Replay(new StoredResponse(response.getInteger("status"), response.getString("contentType"),
                    response.getString("location"), response.getString("etag"),
                    response.get("body", Binary.class).getData()));
        }
        Date claimedAt = stored.getDate("claimedAt");
        if (claimedAt.toInstant().plus(lease).isAfter(now.toInstant())) {
            return new InProgress();
        }
        // Only one of several retries takes the abandoned claim over: the one whose write still sees its timestamp.
        UpdateResult takeover = mongo.updateFirst(Query.query(Criteria.where("_id").is(key)
                        .and("state").is(IN_PROGRESS).and("claimedAt").is(claimedAt)),
                new Update().set("claimedAt", now), COLLECTION);
        return takeover.getModifiedCount() == 1 ? new Run(stored.getString("resourceId"), true) : new InProgress();
    }

    public void complete(String key, StoredResponse response) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), new Update().set("state", COMPLETED)
                .set("completedAt", Date.from(clock.instant()))
                .set("response", new Document("status", response.status())
                        .append("contentType", response.contentType()).append("location", response.location())
                        .append("etag", response.etag()).append("body", new Binary(response.body()))), COLLECTION);
    }

    /** Gives the key back after the request failed, so that a corrected request may use it. */
    public void release(String key) {
        mongo.remove(Query.query(Criteria.where("_id").is(key).and("state").is(IN_PROGRESS)), COLLECTION);
    }
}
