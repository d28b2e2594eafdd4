package vn.dvk.reporting.projection.adapter;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterDelta;
import vn.dvk.reporting.projection.domain.CounterKey;

/**
 * Model counters, one document per {@link CounterKey}, changed only by {@code $inc} upserts and read by a year and
 * a unit-path prefix on the {@code (year, unitPath)} index.
 */
@Component
public class MongoCounters {

    public static final String COLLECTION = "rpt_model_counters";

    private final MongoTemplate mongo;

    public MongoCounters(MongoTemplate mongo) {
        this.mongo = mongo;
        ensureIndexes();
    }

    public void ensureIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC)
                .on("unitPath", Sort.Direction.ASC).named("year_unitPath"));
    }

    public void apply(List<CounterDelta> deltas) {
        for (CounterDelta delta : deltas) {
            try {
                upsert(delta);
            } catch (DuplicateKeyException e) {
                // Two partitions' threads created the same counter at once; the document exists now, so $inc it.
                upsert(delta);
            }
        }
    }

    private void upsert(CounterDelta delta) {
        CounterKey key = delta.key();
        mongo.upsert(Query.query(Criteria.where("_id").is(key.id())), new Update()
                .inc("count", delta.delta())
                .setOnInsert("unitCode", key.unitCode())
                .setOnInsert("unitPath", key.unitPath())
                .setOnInsert("year", key.year())
                .setOnInsert("level", key.level().name())
                .setOnInsert("field", key.field().name())
                .setOnInsert("ownerType", key.ownerType().name())
                .setOnInsert("kind", key.kind().name())
                .setOnInsert("status", key.status().name()), COLLECTION);
    }

    /** Every counter of a year for the unit at {@code unitPath} and its subtree (the empty path: everything). */
    public List<CounterCount> countsUnder(String unitPath, int year) {
        Criteria criteria = Criteria.where("year").is(year);
        Criteria subtree = PathQueries.subtree("unitPath", unitPath);
        Query query = Query.query(subtree == null ? criteria : new Criteria().andOperator(criteria, subtree));
        List<CounterCount> counts = new ArrayList<>();
        for (Document document : mongo.find(query, Document.class, COLLECTION)) {
            long count = ((Number) document.get("count")).longValue();
            if (count != 0) {
                counts.add(new CounterCount(keyOf(document), count));
            }
        }
        return counts;
    }

    /** Every counter, for comparing two builds of the read model. */
    public List<CounterCount> all() {
        List<CounterCount> counts = new ArrayList<>();
        for (Document document : mongo.findAll(Document.class, COLLECTION)) {
            long count = ((Number) document.get("count")).longValue();
            if (count != 0) {
                counts.add(new CounterCount(keyOf(document), count));
            }
        }
        return counts;
    }

    static CounterKey keyOf(Document document) {
        return new CounterKey(document.getString("unitCode"), document.getString("unitPath"),
                ((Number) document.get("year")).intValue(), ManagementLevel.valueOf(document.getString("level")),
                Field.valueOf(document.getString("field")), OwnerType.valueOf(document.getString("ownerType")),
                ModelKind.valueOf(document.getString("kind")), ModelStatus.valueOf(document.getString("status")));
    }
}
