package vn.dvk.reporting.projection.adapter;

import com.mongodb.bulk.BulkWriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import org.springframework.stereotype.Component;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.CounterUpdate;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.projection.domain.PositionedDelta;

/**
 * The model counters in {@link ModelCounterDocument}s. A batch reads the counters it moves with one {@code _id $in}
 * query, then writes each with one single-document update that adds the deltas it does not hold yet and records the
 * offsets it now holds, conditioned on the offsets it was read with: a writer that lost the race (a consumer whose
 * partition was reassigned, processing the same records) matches nothing, reads again and finds the deltas held
 * (ADR 0019). The writes go as one unordered bulk.
 */
@Component
public class MongoModelCounters implements ModelCounters, ReadModel {

    private static final Logger log = LoggerFactory.getLogger(MongoModelCounters.class);
    private static final int MOST_ROUNDS = 20;

    private final MongoTemplate mongo;
    private final ReadModelGeneration generation;

    public MongoModelCounters(MongoTemplate mongo, ReadModelGeneration generation) {
        this.mongo = mongo;
        this.generation = generation;
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
    public void applyOnce(List<PositionedDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        Map<String, List<PositionedDelta>> byCounter = new LinkedHashMap<>();
        deltas.forEach(delta -> byCounter.computeIfAbsent(delta.key().id(), id -> new ArrayList<>())
                .add(delta));
        for (int round = 1; round <= MOST_ROUNDS; round++) {
            Map<String, Map<String, Long>> held = heldOffsets(byCounter.keySet());
            List<Conditioned> updates = byCounter.entrySet().stream()
                    .map(entry -> CounterUpdate.unapplied(entry.getValue().get(0).key(), entry.getValue(),
                            held.getOrDefault(entry.getKey(), Map.of()))
                            .map(update -> new Conditioned(update, held.get(entry.getKey()))))
                    .flatMap(Optional::stream).toList();
            if (updates.isEmpty() || write(updates)) {
                return;
            }
            log.debug("another writer moved some of {} counters; reading them again (round {})", updates.size(),
                    round);
        }
        throw new IllegalStateException("the counters kept changing under this batch for " + MOST_ROUNDS + " rounds");
    }

    /** An update and the offsets its counter held when read (null: the counter did not exist). */
    private record Conditioned(CounterUpdate update, Map<String, Long> held) {
    }

    /** The offsets each counter holds per source, by counter id; absent counters are left out. */
    private Map<String, Map<String, Long>> heldOffsets(Set<String> counterIds) {
        Query query = Query.query(Criteria.where("_id").in(counterIds));
        query.fields().include("applied");
        Map<String, Map<String, Long>> held = new HashMap<>();
        for (Document counter : mongo.find(query, Document.class, collection(ModelCounterDocument.class))) {
            Map<String, Long> offsets = new HashMap<>();
            if (counter.get("applied") instanceof Document applied) {
                applied.forEach((source, offset) -> offsets.put(source, ((Number) offset).longValue()));
            }
            held.put(counter.getString("_id"), offsets);
        }
        return held;
    }

    /** Writes every update under its condition; false when some matched nothing and must be read again. */
    private boolean write(List<Conditioned> updates) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED,
                collection(ModelCounterDocument.class));
        for (Conditioned conditioned : updates) {
            CounterUpdate update = conditioned.update();
            CounterKey key = update.key();
            Criteria unchanged = Criteria.where("_id").is(key.id());
            for (String source : update.heldUpTo().keySet()) {
                Long held = conditioned.held() == null ? null : conditioned.held().get(source);
                unchanged = held == null ? unchanged.and("applied." + source).exists(false)
                        : unchanged.and("applied." + source).is(held);
            }
            Update write = new Update().inc("count", update.delta())
                    .setOnInsert("unitCode", key.unitCode())
                    .setOnInsert("unitPath", key.unitPath())
                    .setOnInsert("year", key.year())
                    .setOnInsert("level", key.level().name())
                    .setOnInsert("field", key.field().name())
                    .setOnInsert("ownerType", key.ownerType().name())
                    .setOnInsert("kind", key.kind().name())
                    .setOnInsert("status", key.status().name());
            update.heldUpTo().forEach((source, offset) -> write.set("applied." + source, offset));
            bulk.upsert(Query.query(unchanged), write);
        }
        try {
            BulkWriteResult result = bulk.execute();
            return result.getMatchedCount() + result.getUpserts().size() == updates.size();
        } catch (BulkOperationException e) {
            // An upsert whose condition missed a counter that exists collides with it on _id: read it again.
            return false;
        }
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
        return mongo.find(query, ModelCounterDocument.class, collection(ModelCounterDocument.class)).stream()
                .filter(counter -> counter.count() != 0)
                .map(ModelCounterDocument::toCount).toList();
    }

    /** The collection of {@code document} in the generation this adapter reads and writes (ADR 0023). */
    private String collection(Class<?> document) {
        return generation.collection(mongo.getCollectionName(document));
    }
}
