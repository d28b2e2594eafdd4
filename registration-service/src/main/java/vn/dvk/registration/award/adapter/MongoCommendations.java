package vn.dvk.registration.award.adapter;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.registration.award.domain.Commendation;
import vn.dvk.registration.award.domain.Commendations;

/** Commendations as {@link CommendationDocument}s, one per decision, recipient and model. */
@Repository
class MongoCommendations implements Commendations {

    private final MongoTemplate mongo;

    MongoCommendations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(Commendation commendation) {
        mongo.save(CommendationDocument.of(commendation));
    }

    @Override
    public List<Commendation> of(String modelId) {
        return mongo.find(Query.query(Criteria.where("modelId").is(modelId))
                        .with(Sort.by("decisionDate", "_id")), CommendationDocument.class).stream()
                .map(CommendationDocument::toCommendation).toList();
    }
}
