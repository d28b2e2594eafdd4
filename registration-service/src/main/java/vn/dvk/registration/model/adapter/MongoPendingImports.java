package vn.dvk.registration.model.adapter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.PendingImports;

/** Imports recorded as {@link PendingImportDocument}s, one document (one write) per import, removed once stored. */
@Repository
class MongoPendingImports implements PendingImports {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoPendingImports(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public List<Model> record(String importId, List<Model> models) {
        try {
            mongo.insert(new PendingImportDocument(importId, models.stream().map(this::toBson).toList(),
                    clock.instant()));
            return models;
        } catch (DuplicateKeyException recordedBefore) {
            PendingImportDocument recorded = mongo.findById(importId, PendingImportDocument.class);
            return recorded == null ? models : toModels(recorded);
        }
    }

    @Override
    public void finished(String importId) {
        mongo.remove(Query.query(Criteria.where("_id").is(importId)), PendingImportDocument.class);
    }

    @Override
    public List<Unfinished> recordedBefore(Instant before) {
        return mongo.find(Query.query(Criteria.where("recordedAt").lt(before))
                        .with(Sort.by("recordedAt")), PendingImportDocument.class).stream()
                .map(recorded -> new Unfinished(recorded.id(), toModels(recorded))).toList();
    }

    private Document toBson(Model model) {
        Document bson = new Document();
        mongo.getConverter().write(ModelDocument.of(model), bson);
        return bson;
    }

    private List<Model> toModels(PendingImportDocument recorded) {
        return recorded.models().stream()
                .map(bson -> mongo.getConverter().read(ModelDocument.class, bson).toModel()).toList();
    }
}
