package vn.dvk.evaluation.model.application;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.model.adapter.ModelViewDocument;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The models evaluation-service knows from registration events. It is a projection of another service's
 * aggregate and emits nothing, so it is written directly rather than through the outbox.
 */
@Service
public class ModelViews {

    private static final Logger log = LoggerFactory.getLogger(ModelViews.class);

    private final MongoTemplate mongo;
    private final InstanceScope scope;

    public ModelViews(MongoTemplate mongo, InstanceScope scope) {
        this.mongo = mongo;
        this.scope = scope;
    }

    /** Keeps the newest snapshot; a snapshot not newer than the stored one (redelivered, reordered) changes nothing. */
    public void apply(ModelSnapshot snapshot) {
        Optional<ModelView> current = find(snapshot.id());
        if (current.isPresent() && !current.get().isOlderThan(snapshot.version())) {
            log.debug("model {} snapshot v{} ignored, view is at v{}", snapshot.id(), snapshot.version(),
                    current.get().version());
            return;
        }
        mongo.save(ModelViewDocument.of(ModelView.of(snapshot)));
    }

    public Optional<ModelView> find(String modelId) {
        return Optional.ofNullable(mongo.findById(modelId, ModelViewDocument.class)).map(ModelViewDocument::toView);
    }

    /**
     * The model named in a request: 422 when registration never announced it here, 403 (naming {@code field}) when
     * it lies outside this instance's scope.
     */
    public ModelView require(String field, String modelId) {
        ModelView model = find(modelId).orElseThrow(() -> Rejection.unprocessable("unknown-model", field,
                "Không có mô hình mã '" + modelId + "' trong danh sách mô hình đã đăng ký."));
        if (!scope.coversPath(model.unitPath())) {
            throw Rejection.outOfScope("out-of-scope", field, "Mô hình '" + modelId
                    + "' thuộc đơn vị nằm ngoài phạm vi quản lý của phiên bản này (" + scope.code() + ").");
        }
        return model;
    }

    /** Models being implemented (approved or in progress) inside a unit's subtree. */
    public List<ModelView> activeWithin(String unitPath) {
        return mongo.find(Query.query(Criteria.where("status").in(ModelView.ACTIVE.stream().map(Enum::name)
                        .toList())), ModelViewDocument.class).stream()
                .map(ModelViewDocument::toView)
                .filter(model -> UnitDirectory.pathIsWithin(model.unitPath(), unitPath))
                .toList();
    }

    /** Models of a year inside a unit's subtree, whatever their status. */
    public List<ModelView> ofYearWithin(String unitPath, int year) {
        return mongo.find(Query.query(Criteria.where("year").is(year)), ModelViewDocument.class).stream()
                .map(ModelViewDocument::toView)
                .filter(model -> UnitDirectory.pathIsWithin(model.unitPath(), unitPath))
                .toList();
    }
}
