package vn.dvk.reporting.generation.adapter;

import java.time.Duration;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import vn.dvk.reporting.generation.domain.StoredGeneration;

/**
 * The active generation of the read models, recorded in one {@code _id}-keyed document of {@code rpt_generation}
 * (not a read model: a rebuild never drops it). A switch is one write of that document. Every replica of the instance
 * shares it: a live batch reads it afresh and pins what it read for its own writes ({@link #within}); queries go by
 * what this process read last, read again once it is {@link #FRESH} old, so that a replica that did not run the
 * rebuild answers from the new generation within that time (ADR 0023).
 */
@Component
public class MongoActiveGeneration implements ReadModelGeneration, StoredGeneration {

    /** How long a query may go by the generation read last; the rebuild drops the replaced one only after it. */
    public static final Duration FRESH = Duration.ofSeconds(1);

    static final String COLLECTION = "rpt_generation";
    private static final String ACTIVE = "active";

    private final MongoTemplate mongo;
    private final ThreadLocal<Generation> pinned = new ThreadLocal<>();
    private volatile Known known;

    private record Known(Generation generation, long readAtNanos) {

        boolean fresh() {
            return System.nanoTime() - readAtNanos < FRESH.toNanos();
        }
    }

    public MongoActiveGeneration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Generation current() {
        Generation batch = pinned.get();
        if (batch != null) {
            return batch;
        }
        Known last = known;
        return last != null && last.fresh() ? last.generation() : read();
    }

    @Override
    public Generation read() {
        Document stored = mongo.findById(ACTIVE, Document.class, COLLECTION);
        Generation active = stored == null ? Generation.FIRST
                : new Generation(((Number) stored.get("number")).longValue());
        known = new Known(active, System.nanoTime());
        return active;
    }

    /** Runs {@code work} with every read model of this thread in {@code generation}, whatever is recorded meanwhile. */
    public <T> T within(Generation generation, Supplier<T> work) {
        pinned.set(generation);
        try {
            return work.get();
        } finally {
            pinned.remove();
        }
    }

    /** Makes {@code generation} the one every query and live consumer uses from now on. */
    public void activate(Generation generation) {
        mongo.upsert(Query.query(Criteria.where("_id").is(ACTIVE)), new Update().set("number", generation.number()),
                COLLECTION);
        known = new Known(generation, System.nanoTime());
    }
}
