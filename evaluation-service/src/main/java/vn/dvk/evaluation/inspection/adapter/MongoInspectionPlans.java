package vn.dvk.evaluation.inspection.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.evaluation.inspection.domain.InspectionPlans;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/** Inspection plans in {@code inspection_plans}, with their targets and teams embedded. */
@Component
public class MongoInspectionPlans implements InspectionPlans {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoInspectionPlans(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(InspectionPlan plan, OutboundEvent<InspectionPlanPublished> published) {
        store.save(InspectionPlanDocument.of(plan), plan.id(), 0, List.of(published));
    }

    @Override
    public void keepIssuedAbove(InspectionPlan plan) {
        mongo.save(InspectionPlanDocument.of(plan));
    }

    @Override
    public Optional<InspectionPlan> find(String id) {
        return Optional.ofNullable(mongo.findById(id, InspectionPlanDocument.class))
                .map(InspectionPlanDocument::toPlan);
    }

    @Override
    public List<InspectionPlan> concerning(String unitPath, Integer year) {
        Criteria concerning = new Criteria().orOperator(Subtree.of("unitPath", unitPath),
                Subtree.of("targets.unitPath", unitPath));
        Criteria criteria = year == null ? concerning : new Criteria().andOperator(Criteria.where("year").is(year),
                concerning);
        return mongo.find(Query.query(criteria), InspectionPlanDocument.class).stream()
                .map(InspectionPlanDocument::toPlan)
                .toList();
    }
}
