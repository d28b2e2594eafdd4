package vn.dvk.evaluation.inspection.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.evaluation.inspection.domain.Inspection;
import vn.dvk.evaluation.inspection.domain.Inspections;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;

/** Inspections in {@code inspections}; the id of plan and target makes each target's inspection unique. */
@Component
public class MongoInspections implements Inspections {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoInspections(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(Inspection inspection, OutboundEvent<InspectionCompleted> completed) {
        store.save(InspectionDocument.of(inspection), inspection.id(), 0, List.of(completed));
    }

    @Override
    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), InspectionDocument.class);
    }

    @Override
    public Optional<Inspection> find(String id) {
        return Optional.ofNullable(mongo.findById(id, InspectionDocument.class)).map(InspectionDocument::toInspection);
    }

    @Override
    public List<Inspection> ofPlan(String planId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId)), InspectionDocument.class).stream()
                .map(InspectionDocument::toInspection)
                .toList();
    }
}
