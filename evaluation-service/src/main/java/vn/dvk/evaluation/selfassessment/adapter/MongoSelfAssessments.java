package vn.dvk.evaluation.selfassessment.adapter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessment;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessments;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/** Self-assessments in {@code self_assessments}. */
@Component
public class MongoSelfAssessments implements SelfAssessments {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoSelfAssessments(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(SelfAssessment assessment, OutboundEvent<SelfAssessmentFiled> filed) {
        store.save(SelfAssessmentDocument.of(assessment), assessment.id(), 0, List.of(filed));
    }

    @Override
    public Optional<SelfAssessment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SelfAssessmentDocument.class))
                .map(SelfAssessmentDocument::toSelfAssessment);
    }

    @Override
    public List<SelfAssessment> ofModelWithin(String modelId, String unitPath) {
        return find(Subtree.of("unitPath", unitPath).and("modelId").is(modelId));
    }

    @Override
    public List<SelfAssessment> ofModels(Collection<String> modelIds) {
        return find(Criteria.where("modelId").in(modelIds));
    }

    private List<SelfAssessment> find(Criteria criteria) {
        return mongo.find(Query.query(criteria), SelfAssessmentDocument.class).stream()
                .map(SelfAssessmentDocument::toSelfAssessment)
                .toList();
    }
}
