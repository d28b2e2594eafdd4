package vn.dvk.reporting.projection.adapter;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import org.springframework.stereotype.Component;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelState;
import vn.dvk.reporting.projection.domain.ModelView;
import vn.dvk.reporting.projection.domain.ModelViews;

/**
 * The model views in {@link ModelViewDocument}s. A batch reads the views it names with one {@code _id $in} query,
 * inserts the views of models that had none in one unordered bulk and writes the others back with one unordered bulk
 * of {@code _id} updates: the only selectors the embedded store answers from its index (ADR 0019). An update sets
 * fields rather than saving the whole document, because snapshots and figures come from different events that must
 * not overwrite each other.
 */
@Component
public class MongoModelViews implements ModelViews, ReadModel {

    private static final int DUPLICATE_KEY = 11000;
    /** The snapshot's fields that make the key a model is counted under: they bear the names of the key's. */
    private static final List<String> COUNTED_FIELDS = Arrays.stream(CounterKey.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final MongoTemplate mongo;
    private final ReadModelGeneration generation;

    public MongoModelViews(MongoTemplate mongo, ReadModelGeneration generation) {
        this.mongo = mongo;
        this.generation = generation;
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
    public Map<String, ModelState> states(Collection<String> modelIds) {
        Query query = Query.query(Criteria.where("id").in(modelIds));
        query.fields().include("version");
        COUNTED_FIELDS.forEach(field -> query.fields().include("model." + field));
        return mongo.find(query, StoredState.class, collection(ModelViewDocument.class)).stream()
                .map(view -> new ModelState(view.id(), view.version(), view.model()))
                .collect(Collectors.toMap(ModelState::modelId, Function.identity()));
    }

    /**
     * What a batch reads of a view: its version and the fields of its snapshot that make the key it is counted under,
     * none for a tombstone or a model known by its figures only.
     */
    private record StoredState(@Id String id, long version, CounterKey model) {
    }

    @Override
    public void write(List<ModelView> views, Set<String> stored) {
        List<ModelView> updates = new ArrayList<>();
        List<ModelView> firsts = new ArrayList<>();
        views.forEach(view -> (stored.contains(view.modelId()) ? updates : firsts).add(view));
        updates.addAll(insert(firsts));
        if (updates.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ModelViewDocument.class,
                collection(ModelViewDocument.class));
        for (ModelView view : updates) {
            Update update = new Update();
            fieldsOf(view).forEach(update::set);
            bulk.upsert(Query.query(Criteria.where("id").is(view.modelId())), update);
        }
        bulk.execute();
    }

    /**
     * Inserts the first views of models as whole documents, in one unordered bulk: the store checks the {@code _id}
     * once, where an upsert looks it up and then checks it again on insert. Answers the views it could not insert
     * because another writer created their model's view meanwhile (a consumer that lost its partition, ADR 0019):
     * they are written as updates, as before.
     */
    private List<ModelView> insert(List<ModelView> firsts) {
        if (firsts.isEmpty()) {
            return List.of();
        }
        List<Document> documents = firsts.stream().map(view -> {
            Document document = new Document("_id", view.modelId());
            fieldsOf(view).forEach((field, value) -> document.append(field, value == null ? null
                    : mongo.getConverter().convertToMongoType(value, TypeInformation.of(value.getClass()))));
            return document;
        }).toList();
        return mongo.execute(collection(ModelViewDocument.class), collection -> {
            try {
                collection.insertMany(documents, new InsertManyOptions().ordered(false));
                return List.<ModelView>of();
            } catch (MongoBulkWriteException e) {
                if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                    throw e;
                }
                return e.getWriteErrors().stream().map(error -> firsts.get(error.getIndex())).toList();
            }
        });
    }

    /** What a view sets, the same whether it is created or updated: the figures of a model are not among them. */
    private static Map<String, Object> fieldsOf(ModelView view) {
        boolean in = !view.movedOut();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("model", view.model());
        fields.put("version", view.version());
        fields.put("unitPath", in ? view.model().unitPath() : null);
        fields.put("year", in ? view.model().year() : null);
        return fields;
    }

    @Override
    public void recordFigures(String modelId, Map<String, ModelFigures.Figure> indicators,
                              ModelFigures.Score score) {
        Update update = new Update().setOnInsert("version", 0L);
        indicators.forEach((code, figure) -> update.set("indicators." + code, figure));
        if (score != null) {
            update.addToSet("scores", score);
        }
        mongo.upsert(Query.query(Criteria.where("id").is(modelId)), update, ModelViewDocument.class,
                collection(ModelViewDocument.class));
    }

    @Override
    public void withdrawScore(String modelId, String evaluationId) {
        mongo.updateFirst(Query.query(Criteria.where("id").is(modelId)),
                new Update().pull("scores", new Document("evaluationId", evaluationId)), ModelViewDocument.class,
                collection(ModelViewDocument.class));
    }

    @Override
    public List<ModelFigures> modelsUnder(String unitPath, int year) {
        return mongo.find(Query.query(Criteria.where("year").is(year).andOperator(Subtree.of("unitPath", unitPath))),
                        ModelViewDocument.class, collection(ModelViewDocument.class)).stream()
                .filter(view -> view.model() != null)
                .map(view -> new ModelFigures(view.model(), view.indicators() == null ? Map.of() : view.indicators(),
                        ModelFigures.latest(view.scores() == null ? List.of() : view.scores())))
                .toList();
    }

    /** The number of model views, tombstones included, for comparing two builds of the read model. */
    public long size() {
        return mongo.count(new Query(), ModelViewDocument.class, collection(ModelViewDocument.class));
    }

    /** The collection of {@code document} in the generation this adapter reads and writes (ADR 0023). */
    private String collection(Class<?> document) {
        return generation.collection(mongo.getCollectionName(document));
    }
}
