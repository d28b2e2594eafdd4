package vn.dvk.reporting.projection.adapter;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterDelta;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelCounters;

/** The model counters in {@link ModelCounterDocument}s. */
@Component
public class MongoModelCounters implements ModelCounters, ReadModel {

    private final MongoTemplate mongo;

    public MongoModelCounters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "model-counters";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(ModelCounterDocument.class);
    }

    @Override
    public void apply(List<CounterDelta> deltas) {
        for (CounterDelta delta : deltas) {
            try {
                increment(delta);
            } catch (DuplicateKeyException e) {
                // Two partitions' threads created the same counter at once; the document exists now, so $inc it.
                increment(delta);
            }
        }
    }

    /**
     * An {@code $inc} upsert rather than a read and a save: counters are shared between models that different
     * consumer threads apply at once, and only the store's atomic increment keeps every delta (ADR 0002).
     */
    private void increment(CounterDelta delta) {
        CounterKey key = delta.key();
        mongo.upsert(Query.query(Criteria.where("id").is(key.id())), new Update()
                .inc("count", delta.delta())
                .setOnInsert("unitCode", key.unitCode())
                .setOnInsert("unitPath", key.unitPath())
                .setOnInsert("year", key.year())
                .setOnInsert("level", key.level())
                .setOnInsert("field", key.field())
                .setOnInsert("ownerType", key.ownerType())
                .setOnInsert("kind", key.kind())
                .setOnInsert("status", key.status()), ModelCounterDocument.class);
    }

    @Override
    public List<CounterCount> countsUnder(String unitPath, int year) {
        return counted(Query.query(Criteria.where("year").is(year).andOperator(Subtree.of("unitPath", unitPath))));
    }

    /** Every non-zero counter, for comparing two builds of the read model. */
    public List<CounterCount> all() {
        return counted(new Query());
    }

    private List<CounterCount> counted(Query query) {
        return mongo.find(query, ModelCounterDocument.class).stream().filter(counter -> counter.count() != 0)
                .map(ModelCounterDocument::toCount).toList();
    }
}
