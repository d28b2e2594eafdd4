package vn.dvk.evaluation.inspection.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.evaluation.inspection.domain.Inspection;
import vn.dvk.evaluation.inspection.domain.Inspections;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/** Inspections in {@code inspections}; the id of plan and target makes each target's standing inspection unique. */
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
    public void correct(Inspection corrected, OutboundEvent<DecisionCorrected> event) {
        // Versions count events: the inspection's own and one per correction. The version this correction was
        // decided on is therefore the number of corrections it adds to, so a correction stored meanwhile is refused.
        long decidedOn = corrected.corrections().size();
        store.save(InspectionDocument.of(corrected), corrected.id(), decidedOn, List.of(event));
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
    public List<Inspection> ofTarget(String planId, String targetId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId).and("targetId").is(targetId)),
                        InspectionDocument.class).stream()
                .map(InspectionDocument::toInspection)
                .toList();
    }

    @Override
    public List<Inspection> ofPlanWithin(String planId, String unitPath) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId).andOperator(Subtree.of("unitPath",
                        unitPath))), InspectionDocument.class).stream()
                .map(InspectionDocument::toInspection)
                .toList();
    }

    @Override
    public long countOfPlan(String planId) {
        return mongo.count(Query.query(Criteria.where("planId").is(planId).and("cancelled").ne(true)),
                InspectionDocument.class);
    }
}
