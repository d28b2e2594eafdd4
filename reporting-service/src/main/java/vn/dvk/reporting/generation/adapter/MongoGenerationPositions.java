package vn.dvk.reporting.generation.adapter;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.GenerationPositions;
import vn.dvk.reporting.generation.domain.SourcePartition;

/**
 * The positions of a generation in its own collection ({@code rpt_consumer_positions}, suffixed like every read model
 * of the generation, so prepared and dropped with it): one {@code _id}-keyed document per partition, read with one
 * {@code _id $in} query and moved on with one unordered bulk of {@code $max} upserts.
 */
@Component
public class MongoGenerationPositions implements GenerationPositions, ReadModel {

    private final MongoTemplate mongo;
    private final String base;

    public MongoGenerationPositions(MongoTemplate mongo) {
        this.mongo = mongo;
        this.base = mongo.getCollectionName(ConsumerPositionDocument.class);
    }

    @Override
    public String name() {
        return "consumer-positions";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(ConsumerPositionDocument.class);
    }

    @Override
    public Map<SourcePartition, Long> of(Generation generation, Collection<SourcePartition> partitions) {
        Map<SourcePartition, Long> held = new HashMap<>();
        if (partitions.isEmpty()) {
            return held;
        }
        List<String> ids = partitions.stream().map(MongoGenerationPositions::idOf).toList();
        for (Document stored : mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class,
                generation.collection(base))) {
            held.put(new SourcePartition(stored.getString("topic"), stored.getInteger("partition")),
                    ((Number) stored.get("next")).longValue());
        }
        return held;
    }

    @Override
    public void advance(Generation generation, Map<SourcePartition, Long> next) {
        if (next.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, generation.collection(base));
        next.forEach((partition, offset) -> bulk.upsert(Query.query(Criteria.where("_id").is(idOf(partition))),
                new Update().set("topic", partition.topic()).set("partition", partition.partition())
                        .max("next", offset)));
        bulk.execute();
    }

    private static String idOf(SourcePartition partition) {
        return partition.topic() + "-" + partition.partition();
    }
}
