package vn.dvk.reporting.award.adapter;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import org.springframework.stereotype.Repository;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.reporting.award.domain.AwardRecord;
import vn.dvk.reporting.award.domain.AwardRecords;

/** The awards read model as {@link AwardRecordDocument}s, rebuilt by replay like every read model here. */
@Repository
public class MongoAwardRecords implements AwardRecords, ReadModel {

    private final MongoTemplate mongo;
    private final ReadModelGeneration generation;

    public MongoAwardRecords(MongoTemplate mongo, ReadModelGeneration generation) {
        this.mongo = mongo;
        this.generation = generation;
    }

    @Override
    public String name() {
        return "award-statistics";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(AwardRecordDocument.class);
    }

    @Override
    public void putAll(List<AwardRecord> awards) {
        awards.forEach(award -> mongo.save(AwardRecordDocument.of(award), collection(AwardRecordDocument.class)));
    }

    @Override
    public List<AwardRecord> of(int year, String subtreePath) {
        return mongo.find(Query.query(Criteria.where("year").is(year)).addCriteria(Subtree.of("unitPath",
                subtreePath)), AwardRecordDocument.class, collection(AwardRecordDocument.class)).stream()
                .map(AwardRecordDocument::toRecord).toList();
    }

    /** The collection of {@code document} in the generation this adapter reads and writes (ADR 0023). */
    private String collection(Class<?> document) {
        return generation.collection(mongo.getCollectionName(document));
    }
}
