package vn.dvk.registration.model.adapter;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.registration.model.domain.RefusedDecision;
import vn.dvk.registration.model.domain.RefusedDecisions;

/** Refused decisions as {@link RefusedDecisionDocument}s; a refusal announces nothing, so no outbox is involved. */
@Repository
class MongoRefusedDecisions implements RefusedDecisions {

    private final MongoTemplate mongo;

    MongoRefusedDecisions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(RefusedDecision refusal) {
        mongo.save(RefusedDecisionDocument.of(refusal));
    }

    @Override
    public List<RefusedDecision> of(String modelId) {
        return mongo.find(Query.query(Criteria.where("modelId").is(modelId)).with(Sort.by("rejectedAt")),
                RefusedDecisionDocument.class).stream().map(RefusedDecisionDocument::toRefusal).toList();
    }
}
