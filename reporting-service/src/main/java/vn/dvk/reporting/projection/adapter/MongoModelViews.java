package vn.dvk.reporting.projection.adapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.reporting.projection.domain.PendingMove;

/**
 * The model views in {@link ModelViewDocument}s. Every write is a field update under a condition instead of a save of
 * the whole document: the version check must be decided by the store in the same write (only one writer wins a
 * version), and snapshots, counted keys and figures come from different events that must not overwrite each other.
 */
@Component
public class MongoModelViews implements ModelViews, ReadModel {

    private final MongoTemplate mongo;

    public MongoModelViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "model-views";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(ModelViewDocument.class);
    }

    @Override
    public boolean claim(ModelSnapshot model, long version) {
        Update newer = new Update().set("model", model).set("version", version).set("key", CounterKey.of(model))
                .set("pending", true).set("unitPath", model.unitPath()).set("year", model.year());
        if (mongo.updateFirst(Query.query(Criteria.where("id").is(model.id()).and("version").lt(version)), newer,
                ModelViewDocument.class).getMatchedCount() > 0) {
            return true;
        }
        try {
            mongo.insert(ModelViewDocument.claimed(model, version));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<PendingMove> pending(String modelId) {
        return Optional.ofNullable(mongo.findOne(movesOnly(Criteria.where("id").is(modelId)),
                ModelViewDocument.class)).filter(ModelViewDocument::pending).map(MongoModelViews::toPending);
    }

    @Override
    public List<PendingMove> allPending() {
        return mongo.find(movesOnly(Criteria.where("pending").is(true)), ModelViewDocument.class).stream()
                .map(MongoModelViews::toPending).toList();
    }

    /** Every model event reads its view back: only the fields of the counter move, not the snapshot and figures. */
    private static Query movesOnly(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("version", "key", "countedKey", "countedVersion", "pending");
        return query;
    }

    @Override
    public void markCounted(PendingMove move) {
        Update counted = new Update().set("countedKey", move.current()).set("countedVersion", move.version());
        if (mongo.updateFirst(Query.query(Criteria.where("id").is(move.modelId()).and("version").is(move.version())),
                counted.set("pending", false), ModelViewDocument.class).getMatchedCount() == 0) {
            mongo.updateFirst(Query.query(Criteria.where("id").is(move.modelId())), new Update()
                    .set("countedKey", move.current()).set("countedVersion", move.version()),
                    ModelViewDocument.class);
        }
    }

    @Override
    public void removeMoved(PendingMove move) {
        mongo.remove(Query.query(Criteria.where("id").is(move.modelId()).and("version").is(move.version())),
                ModelViewDocument.class);
    }

    @Override
    public void recordFigures(String modelId, Map<String, ModelFigures.Figure> indicators,
                              ModelFigures.Score score) {
        Update update = new Update().setOnInsert("version", 0L).setOnInsert("countedVersion", 0L)
                .setOnInsert("pending", false);
        indicators.forEach((code, figure) -> update.set("indicators." + code, figure));
        if (score != null) {
            update.addToSet("scores", score);
        }
        mongo.upsert(Query.query(Criteria.where("id").is(modelId)), update, ModelViewDocument.class);
    }

    @Override
    public void withdrawScore(String modelId, String evaluationId) {
        mongo.updateFirst(Query.query(Criteria.where("id").is(modelId)),
                new Update().pull("scores", new Document("evaluationId", evaluationId)), ModelViewDocument.class);
    }

    @Override
    public List<ModelFigures> modelsUnder(String unitPath, int year) {
        return mongo.find(Query.query(Criteria.where("year").is(year).andOperator(Subtree.of("unitPath", unitPath))),
                        ModelViewDocument.class).stream()
                .filter(view -> view.model() != null)
                .map(view -> new ModelFigures(view.model(), view.indicators() == null ? Map.of() : view.indicators(),
                        ModelFigures.latest(view.scores() == null ? List.of() : view.scores())))
                .toList();
    }

    /** The number of model views, for comparing two builds of the read model. */
    public long size() {
        return mongo.count(new Query(), ModelViewDocument.class);
    }

    private static PendingMove toPending(ModelViewDocument view) {
        return new PendingMove(view.id(), view.version(), view.countedKey(), view.key());
    }
}
