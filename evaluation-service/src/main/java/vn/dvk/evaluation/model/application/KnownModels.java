package vn.dvk.evaluation.model.application;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.model.domain.ModelViews;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.InstanceScope;

/** The models evaluation-service knows from registration events, and the one a request names. */
@Service
public class KnownModels {

    private static final Logger log = LoggerFactory.getLogger(KnownModels.class);

    private final ModelViews views;
    private final InstanceScope scope;

    public KnownModels(ModelViews views, InstanceScope scope) {
        this.views = views;
        this.scope = scope;
    }

    /**
     * Keeps the newest snapshot; a snapshot not newer than the stored one (redelivered, reordered) changes nothing. A
     * snapshot of a model edited into a unit outside this instance's scope removes it: it leaves the review queue and
     * the lists here, and the instance of its new unit takes it over.
     */
    public void apply(ModelSnapshot snapshot) {
        Optional<ModelView> current = views.find(snapshot.id());
        if (current.isPresent() && !current.get().isOlderThan(snapshot.version())) {
            log.debug("model {} snapshot v{} ignored, view is at v{}", snapshot.id(), snapshot.version(),
                    current.get().version());
            return;
        }
        if (!scope.coversPath(snapshot.unitPath())) {
            log.info("model {} moved to {}, outside this instance's scope: it is removed here", snapshot.id(),
                    snapshot.unitPath());
            views.remove(snapshot.id());
            return;
        }
        views.save(ModelView.of(snapshot));
    }

    public Optional<ModelView> find(String modelId) {
        return views.find(modelId);
    }

    /**
     * The model named in a request: 422 when registration never announced it here or it lies outside the caller's
     * subtree (which must not learn that it exists), 403 (naming {@code field}) when it lies outside this instance's
     * scope.
     */
    public ModelView require(String field, String modelId) {
        ModelView model = views.find(modelId).orElseThrow(() -> Rejection.unprocessable("unknown-model", field,
                "Không có mô hình mã '" + modelId + "' trong danh sách mô hình đã đăng ký."));
        if (!scope.coversPath(model.unitPath())) {
            throw Rejection.outOfScope("out-of-scope", field, "Mô hình '" + modelId
                    + "' thuộc đơn vị nằm ngoài phạm vi quản lý của phiên bản này (" + scope.code() + ").");
        }
        return model;
    }
}
