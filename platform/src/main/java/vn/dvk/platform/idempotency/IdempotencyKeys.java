package vn.dvk.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.platform.error.ProblemException;
import vn.dvk.platform.outbox.AggregateStore;

/**
 * {@code Idempotency-Key} for creating POSTs. The key is claimed (unique {@code _id}) together with the id the new
 * resource will get, BEFORE the resource is created, and marked {@code completed} after it: the same key with the same
 * body answers with that resource, the same key with another body is a 409, and a create that is refused (a problem
 * other than {@code already-exists}) gives the key back.
 *
 * <p>A process killed between the claim and the mark, or a create that fails without a refusal (the store went away,
 * its answer was lost), leaves a claim that is not completed; its resource may or may not exist. The client's retry
 * with the same key then creates the resource under the claimed id: if the first attempt had created it, that insert
 * is refused as {@code already-exists} and the retry answers with it, so the client never gets a resource that does
 * not exist, nor two. A retry that meets a first attempt still running settles
 * the same way, whichever of the two inserts first.
 */
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    static final String COMPLETED = "completed";

    private final MongoTemplate mongo;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    public IdempotencyKeys(MongoTemplate mongo, JsonMapper jsonMapper, Clock clock) {
        this.mongo = mongo;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    /** What a keyed create produced: the resource id, and whether this call created it. */
    public record Outcome(String resourceId, boolean created) {
    }

    /**
     * Runs {@code create} with a fresh resource id unless the key was used before. Without a key it simply creates.
     *
     * @param operation names the kind of resource, so that one key may serve different endpoints
     * @param request   the request body, compared by its canonical JSON hash
     * @param newId     the id to give the resource if it is created now
     * @param create    creates the resource with exactly the given id (a retry may pass the id of an earlier attempt);
     *                  {@code already-exists} from it must mean that this id is taken, so a clash on another
     *                  unique key needs a code of its own
     */
    public Outcome execute(String key, String operation, Object request, String newId, Function<String, ?> create) {
        if (key == null || key.isBlank()) {
            create.apply(newId);
            return new Outcome(newId, true);
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "không được dài quá 200 ký tự");
        }
        String id = operation + "|" + key;
        String hash = hash(request);
        try {
            mongo.insert(new Document("_id", id).append("requestHash", hash).append("resourceId", newId)
                    .append(COMPLETED, false).append("createdAt", Date.from(clock.instant())), COLLECTION);
        } catch (DuplicateKeyException e) {
            Document existing = mongo.findById(id, Document.class, COLLECTION);
            if (existing == null) {
                throw ProblemException.conflict("idempotency-key-in-use", HEADER,
                        "Yêu cầu với khóa Idempotency-Key này đang được xử lý; hãy thử lại.");
            }
            if (!hash.equals(existing.getString("requestHash"))) {
                throw ProblemException.conflict("idempotency-key-reused", HEADER,
                        "Khóa Idempotency-Key '" + key + "' đã được dùng cho một yêu cầu khác.");
            }
            String resourceId = existing.getString("resourceId");
            // Claims written before the mark existed have no such field; they were completed or are long gone.
            if (Boolean.FALSE.equals(existing.getBoolean(COMPLETED))) {
                return complete(id, resourceId, create);
            }
            return new Outcome(resourceId, false);
        }
        return complete(id, newId, create);
    }

    /**
     * Creates the resource under the claimed id and marks the claim completed. {@code already-exists} means that an
     * earlier or concurrent attempt with the same key created it: that is the resource to answer with.
     */
    private Outcome complete(String id, String resourceId, Function<String, ?> create) {
        boolean created = true;
        try {
            create.apply(resourceId);
        } catch (ProblemException refused) {
            if (!AggregateStore.ALREADY_EXISTS.equals(refused.code())) {
                // Refused (invalid, conflicting): nothing was created, so the key is free for a corrected request.
                mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
                throw refused;
            }
            created = false;
        }
        // Any other failure (the store unreachable, its answer lost) leaves it unknown whether the resource exists:
        // the claim stays uncompleted, and the retry with the same key settles it as described above.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update(COMPLETED, true), COLLECTION);
        return new Outcome(resourceId, created);
    }

    private String hash(Object request) {
        try {
            byte[] canonical = jsonMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
