package vn.dvk.reporting.generation.adapter;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;

/**
 * The active generation of the read models, recorded in one {@code _id}-keyed document of {@code rpt_generation}
 * (not a read model: a rebuild never drops it) and kept in memory once read: a switch is one write of that document,
 * made by this service's rebuild, which updates the memory in the same step (ADR 0023).
 */
@Component
public class MongoActiveGeneration implements ReadModelGeneration {

    static final String COLLECTION = "rpt_generation";
    private static final String ACTIVE = "active";

    private final MongoTemplate mongo;
    private volatile Generation active;

    public MongoActiveGeneration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Generation current() {
        Generation known = active;
        if (known == null) {
            Document stored = mongo.findById(ACTIVE, Document.class, COLLECTION);
            known = stored == null ? Generation.FIRST : new Generation(((Number) stored.get("number")).longValue());
            active = known;
        }
        return known;
    }

    /** Makes {@code generation} the one every query and live consumer uses from now on. */
    public void activate(Generation generation) {
        mongo.upsert(Query.query(Criteria.where("_id").is(ACTIVE)), new Update().set("number", generation.number()),
                COLLECTION);
        active = generation;
    }
}
