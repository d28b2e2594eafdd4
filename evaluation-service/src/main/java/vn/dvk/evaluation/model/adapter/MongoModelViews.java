package vn.dvk.evaluation.model.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.model.domain.ModelViews;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;

/**
 * The model views in {@code model_views}. They are a projection of registration's aggregate and emit nothing, so they
 * are written directly rather than through the outbox, and can be emptied and replayed like any read model.
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

    /**
     * A model outside the caller's subtree is as absent to him as one never announced, so that a request naming it
     * learns nothing of its existence.
     */
    @Override
    public Optional<ModelView> find(String modelId) {
        try {
            return Optional.ofNullable(mongo.findById(modelId, ModelViewDocument.class))
                    .map(ModelViewDocument::toView);
        } catch (Rejection.NotFound outsideTheCallersSubtree) {
            return Optional.empty();
        }
    }

    @Override
    public void save(ModelView view) {
        mongo.save(ModelViewDocument.of(view));
    }

    @Override
    public void remove(String modelId) {
        mongo.remove(Query.query(Criteria.where("_id").is(modelId)), ModelViewDocument.class);
    }

    @Override
    public List<ModelView> activeWithin(String unitPath) {
        return find(Subtree.of("unitPath", unitPath).and("status")
                .in(ModelView.ACTIVE.stream().map(Enum::name).toList()));
    }

    @Override
    public List<ModelView> ofYearWithin(String unitPath, int year) {
        return find(Subtree.of("unitPath", unitPath).and("year").is(year));
    }

    private List<ModelView> find(Criteria criteria) {
        return mongo.find(Query.query(criteria), ModelViewDocument.class).stream()
                .map(ModelViewDocument::toView)
                .toList();
    }
}
