package vn.dvk.reporting.projection.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelFigures;

/**
 * The latest state of every model in scope, one document per model: its snapshot and the version it was applied
 * at, the key its counters currently reflect ({@code countedKey}, {@code countedVersion}) and a {@code pending}
 * flag while the counters lag behind the snapshot (see ADR 0002).
 */
@Component
public class MongoModelViews {

    public static final String COLLECTION = "rpt_model_views";

    private final MongoTemplate mongo;
    private final JsonMapper json;

    public MongoModelViews(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
        ensureIndexes();
    }

    public void ensureIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("pending", Sort.Direction.ASC).named("pending"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC)
                .on("unitPath", Sort.Direction.ASC).named("year_unitPath"));
    }

    /**
     * Stores the snapshot if its version is newer than the stored one; true when this call won, false for a
     * duplicate, a redelivery or an older event.
     */
    public boolean claim(ModelSnapshot model, long version) {
        Map<?, ?> snapshot = json.convertValue(model, Map.class);
        Document key = keyDocument(CounterKey.of(model));
        Update update = new Update().set("model", new Document(castMap(snapshot))).set("version", version)
                .set("key", key).set("pending", true).set("unitPath", model.unitPath()).set("year", model.year());
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(model.id()).and("version").lt(version)), update,
                COLLECTION).getMatchedCount() > 0) {
            return true;
        }
        try {
            mongo.insert(new Document("_id", model.id()).append("model", new Document(castMap(snapshot)))
                    .append("version", version).append("key", key).append("pending", true)
                    .append("countedVersion", 0L).append("unitPath", model.unitPath())
                    .append("year", model.year()), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** A model whose counters lag behind its snapshot: what is counted and what should be. */
    public record Pending(String modelId, long version, CounterKey counted, CounterKey current) {
    }

    public Optional<Pending> pending(String modelId) {
        Document document = mongo.findById(modelId, Document.class, COLLECTION);
        return Optional.ofNullable(document).filter(d -> Boolean.TRUE.equals(d.get("pending"))).map(this::toPending);
    }

    public List<Pending> allPending() {
        List<Pending> pending = new ArrayList<>();
        for (Document document : mongo.find(Query.query(Criteria.where("pending").is(true)), Document.class,
                COLLECTION)) {
            pending.add(toPending(document));
        }
        return pending;
    }

    /** Records that the counters now reflect {@code key}; the flag stays set if a newer snapshot arrived meanwhile. */
    public void markCounted(Pending pending) {
        Update counted = new Update().set("countedKey", keyDocument(pending.current()))
                .set("countedVersion", pending.version());
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(pending.modelId()).and("version")
                .is(pending.version())), counted.set("pending", false), COLLECTION).getMatchedCount() == 0) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(pending.modelId())), new Update()
                    .set("countedKey", keyDocument(pending.current())).set("countedVersion", pending.version()),
                    COLLECTION);
        }
    }

    /** Sets result indicators and the score; a model not seen yet gets a placeholder that its snapshot fills. */
    public void recordFigures(String modelId, Map<String, ModelFigures.Figure> indicators, Double totalScore) {
        Update update = new Update().setOnInsert("version", 0L).setOnInsert("countedVersion", 0L)
                .setOnInsert("pending", false);
        indicators.forEach((code, figure) -> update.set("indicators." + code,
                new Document("value", figure.value()).append("unit", figure.unit())));
        if (totalScore != null) {
            update.set("totalScore", totalScore);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(modelId)), update, COLLECTION);
    }

    /** Models of a year in a unit's subtree, with their figures. */
    public List<ModelFigures> modelsUnder(String unitPath, int year) {
        Criteria criteria = Criteria.where("year").is(year);
        Criteria subtree = PathQueries.subtree("unitPath", unitPath);
        Query query = Query.query(subtree == null ? criteria : new Criteria().andOperator(criteria, subtree));
        List<ModelFigures> models = new ArrayList<>();
        for (Document document : mongo.find(query, Document.class, COLLECTION)) {
            Object snapshot = document.get("model");
            if (snapshot == null) {
                continue;
            }
            Map<String, ModelFigures.Figure> figures = new LinkedHashMap<>();
            Object indicators = document.get("indicators");
            if (indicators instanceof Document found) {
                found.forEach((code, value) -> {
                    Document figure = (Document) value;
                    figures.put(code, new ModelFigures.Figure(((Number) figure.get("value")).doubleValue(),
                            figure.getString("unit")));
                });
            }
            Object score = document.get("totalScore");
            models.add(new ModelFigures(json.convertValue(snapshot, ModelSnapshot.class), figures,
                    score == null ? null : ((Number) score).doubleValue()));
        }
        return models;
    }

    public long size() {
        return mongo.count(new Query(), COLLECTION);
    }

    private Pending toPending(Document document) {
        return new Pending(document.getString("_id"), ((Number) document.get("version")).longValue(),
                keyOf(document.get("countedKey")), keyOf(document.get("key")));
    }

    private static CounterKey keyOf(Object value) {
        return value instanceof Document document ? MongoCounters.keyOf(document) : null;
    }

    private static Document keyDocument(CounterKey key) {
        return new Document("unitCode", key.unitCode()).append("unitPath", key.unitPath()).append("year", key.year())
                .append("level", key.level().name()).append("field", key.field().name())
                .append("ownerType", key.ownerType().name()).append("kind", key.kind().name())
                .append("status", key.status().name());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
