package vn.dvk.reporting.projection.adapter;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.reporting.projection.domain.InspectionRecord;
import vn.dvk.reporting.projection.domain.Inspections;
import vn.dvk.reporting.projection.domain.IssuedPlan;

/** Inspection plans and inspections in {@link InspectionPlanDocument}s and {@link InspectionDocument}s. */
@Component
public class MongoInspections implements Inspections, ReadModel {

    private final MongoTemplate mongo;
    private final ReadModelGeneration generation;

    public MongoInspections(MongoTemplate mongo, ReadModelGeneration generation) {
        this.mongo = mongo;
        this.generation = generation;
    }

    @Override
    public String name() {
        return "inspections";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(InspectionDocument.class, InspectionPlanDocument.class);
    }

    @Override
    public void savePlan(InspectionPlanPublished plan) {
        mongo.save(InspectionPlanDocument.of(plan), collection(InspectionPlanDocument.class));
    }

    @Override
    public void saveInspection(InspectionCompleted inspection) {
        mongo.save(InspectionDocument.of(inspection), collection(InspectionDocument.class));
    }

    @Override
    public void cancelInspection(String inspectionId) {
        mongo.updateFirst(Query.query(Criteria.where("id").is(inspectionId)), new Update().set("cancelled", true),
                InspectionDocument.class, collection(InspectionDocument.class));
    }

    @Override
    public List<InspectionRecord> inspectionsUnder(String unitPath, int year) {
        List<InspectionDocument> inspections = mongo.find(Query.query(Criteria.where("year").is(year)
                .and("cancelled").ne(true).andOperator(Subtree.of("unitPath", unitPath))), InspectionDocument.class,
                collection(InspectionDocument.class));
        List<String> planIds = inspections.stream().map(InspectionDocument::planId).distinct().toList();
        Map<String, InspectionPlanDocument> plans = mongo.find(Query.query(Criteria.where("id").in(planIds)),
                InspectionPlanDocument.class, collection(InspectionPlanDocument.class)).stream()
                .collect(Collectors.toMap(InspectionPlanDocument::id, Function.identity()));
        return inspections.stream().map(inspection -> inspection.toRecord(plans.get(inspection.planId())))
                .sorted(Comparator.comparing(InspectionRecord::unitPath).thenComparing(InspectionRecord::inspectionId))
                .toList();
    }

    @Override
    public List<IssuedPlan> plansIssuedBy(String unitPath, int year) {
        return mongo.find(Query.query(Criteria.where("year").is(year).and("unitPath").is(unitPath)),
                        InspectionPlanDocument.class, collection(InspectionPlanDocument.class)).stream()
                .map(plan -> new IssuedPlan(plan.id(), plan.name(), plan.decisionNumber(), plan.decisionDate()))
                .sorted(Comparator.comparing(IssuedPlan::decisionDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(IssuedPlan::planId))
                .toList();
    }

    /** The collection of {@code document} in the generation this adapter reads and writes (ADR 0023). */
    private String collection(Class<?> document) {
        return generation.collection(mongo.getCollectionName(document));
    }
}
