package vn.dvk.reporting.projection.adapter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.reporting.projection.domain.InspectionRecord;

/** Inspection plans and completed inspections, for the yearly report's list of inspections (004 §2.5). */
@Component
public class MongoInspections {

    public static final String INSPECTIONS = "rpt_inspections";
    public static final String PLANS = "rpt_inspection_plans";

    private final MongoTemplate mongo;

    public MongoInspections(MongoTemplate mongo) {
        this.mongo = mongo;
        ensureIndexes();
    }

    public void ensureIndexes() {
        mongo.indexOps(INSPECTIONS).createIndex(new Index().on("year", Sort.Direction.ASC)
                .on("unitPath", Sort.Direction.ASC).named("year_unitPath"));
    }

    /** Setting the same fields again is harmless, so a redelivered event changes nothing. */
    public void savePlan(InspectionPlanPublished plan) {
        mongo.upsert(Query.query(Criteria.where("_id").is(plan.planId())), new Update()
                .set("name", plan.name()).set("decisionNumber", plan.decisionNumber())
                .set("decisionDate", plan.decisionDate() == null ? null : plan.decisionDate().toString())
                .set("year", plan.year()).set("unitPath", plan.unitPath()), PLANS);
    }

    public void saveInspection(InspectionCompleted inspection) {
        mongo.upsert(Query.query(Criteria.where("_id").is(inspection.inspectionId())), new Update()
                .set("planId", inspection.planId()).set("year", inspection.year())
                .set("round", inspection.round() == null ? null : inspection.round().name())
                .set("unitCode", inspection.unitCode()).set("unitPath", inspection.unitPath())
                .set("unitName", inspection.unitName()).set("modelId", inspection.modelId())
                .set("inspectedOn", inspection.inspectedOn() == null ? null : inspection.inspectedOn().toString()),
                INSPECTIONS);
    }

    public List<InspectionRecord> inspectionsUnder(String unitPath, int year) {
        Criteria criteria = Criteria.where("year").is(year);
        Criteria subtree = PathQueries.subtree("unitPath", unitPath);
        Query query = Query.query(subtree == null ? criteria : new Criteria().andOperator(criteria, subtree));
        Map<String, Document> plans = mongo.findAll(Document.class, PLANS).stream()
                .collect(Collectors.toMap(d -> d.getString("_id"), Function.identity()));
        List<InspectionRecord> records = new ArrayList<>();
        for (Document document : mongo.find(query, Document.class, INSPECTIONS)) {
            Document plan = plans.get(document.getString("planId"));
            records.add(new InspectionRecord(document.getString("_id"), ((Number) document.get("year")).intValue(),
                    document.getString("round"), document.getString("unitCode"), document.getString("unitPath"),
                    document.getString("unitName"), document.getString("modelId"),
                    date(document.getString("inspectedOn")), document.getString("planId"),
                    plan == null ? null : plan.getString("name"), plan == null ? null : plan.getString("decisionNumber"),
                    plan == null ? null : date(plan.getString("decisionDate"))));
        }
        records.sort(Comparator.comparing(InspectionRecord::unitPath).thenComparing(InspectionRecord::inspectionId));
        return records;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
