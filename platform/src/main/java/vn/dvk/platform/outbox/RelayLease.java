package vn.dvk.platform.outbox;

import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One relay per service instance across its replicas: the replicas share one lease document in the service's
 * database, held by one process until it expires. A process takes an expired lease over by raising its fencing token;
 * it renews only while the stored token is still its own, so a relay that was paused past its lease (a long GC, a
 * frozen VM) finds on its next step that another took over and stops relaying. What it had already handed to the
 * producer may still reach the broker a second time: consumers drop repeated event ids (ADR 0020).
 */
public class RelayLease {

    static final String COLLECTION = "outbox_relay_lease";
    private static final String ID = "relay";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration duration;
    private final String holder = UUID.randomUUID().toString();
    private long token;
    private Instant validUntil = Instant.MIN;

    public RelayLease(MongoTemplate mongo, Clock clock, Duration duration) {
        this.mongo = mongo;
        this.clock = clock;
        this.duration = duration;
    }

    /**
     * Whether this process holds the lease for at least half its duration from now: renews it when it holds it,
     * takes it when it is free or expired, and answers false while another live process holds it.
     */
    public synchronized boolean hold() {
        Instant now = clock.instant();
        if (token > 0 && now.plus(duration.dividedBy(2)).isBefore(validUntil)) {
            return true;
        }
        Date expiresAt = Date.from(now.plus(duration));
        if (token > 0) {
            UpdateResult renewed = mongo.updateFirst(Query.query(Criteria.where("_id").is(ID).and("holder").is(holder)
                    .and("token").is(token)), new Update().set("expiresAt", expiresAt), COLLECTION);
            if (renewed.getMatchedCount() == 1) {
                validUntil = now.plus(duration);
                return true;
            }
            token = 0;
        }
        Document taken = mongo.findAndModify(Query.query(Criteria.where("_id").is(ID).and("expiresAt")
                        .lt(Date.from(now))),
                new Update().set("holder", holder).set("expiresAt", expiresAt).inc("token", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (taken != null) {
            return held(taken.get("token", Number.class).longValue(), now);
        }
        try {
            mongo.insert(new Document("_id", ID).append("holder", holder).append("expiresAt", expiresAt)
                    .append("token", 1L), COLLECTION);
            return held(1, now);
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    private boolean held(long fencingToken, Instant now) {
        token = fencingToken;
        validUntil = now.plus(duration);
        return true;
    }

    /** The fencing token of this process's tenure; 0 when it does not hold the lease. */
    public synchronized long token() {
        return token;
    }

    /**
     * Gives the lease up at shutdown, so that another replica need not wait for it to expire. The document stays,
     * expired, so that the next holder's fencing token is still higher than every earlier one.
     */
    public synchronized void release() {
        if (token > 0) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(ID).and("holder").is(holder).and("token")
                    .is(token)), new Update().set("expiresAt", new Date(0)), COLLECTION);
            token = 0;
            validUntil = Instant.MIN;
        }
    }
}
