package vn.dvk.portal.model.adapter;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import vn.dvk.portal.model.domain.HistoryEntry;
import vn.dvk.portal.model.domain.ImportOutcome;
import vn.dvk.portal.model.domain.Model;
import vn.dvk.portal.model.domain.ModelDraft;
import vn.dvk.portal.model.domain.ModelQuery;
import vn.dvk.portal.model.domain.ModelRegistry;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.ResultPage;

/** {@link ModelRegistry} on registration-service's {@code /api/v1/models}. */
@Component
class RestModelRegistry implements ModelRegistry {

    private final ServiceApi registration;

    RestModelRegistry(ServiceClients.ServiceApis apis) {
        this.registration = apis.registration();
    }

    @Override
    public ResultPage<Model> find(ModelQuery query) {
        return registration.get(QueryUri.of("/api/v1/models").param("unit", query.unit())
                .param("year", query.year()).param("level", query.level()).param("field", query.field())
                .param("ownerType", query.ownerType()).param("kind", query.kind()).params("status", query.status())
                .param("q", query.q()).param("page", query.page()).param("size", query.size()),
                new ParameterizedTypeReference<ResultPage<Model>>() { });
    }

    @Override
    public Model get(String id) {
        return registration.get(uri -> uri.path("/api/v1/models/{id}").build(id), Model.class);
    }

    @Override
    public List<HistoryEntry> history(String id) {
        return registration.get(uri -> uri.path("/api/v1/models/{id}/history").build(id),
                new ParameterizedTypeReference<List<HistoryEntry>>() { });
    }

    @Override
    public Model register(ModelDraft draft, String idempotencyKey) {
        return registration.post("/api/v1/models", draft, Map.of("Idempotency-Key", idempotencyKey), Model.class);
    }

    @Override
    public Model update(String id, long version, ModelDraft draft) {
        return registration.put("/api/v1/models/" + id, draft, Map.of("If-Match", "\"" + version + "\""),
                Model.class);
    }

    @Override
    public Model withdraw(String id, String reason) {
        return registration.post("/api/v1/models/" + id + "/withdrawal", Map.of("reason", reason == null ? "" : reason),
                Model.class);
    }

    @Override
    public ImportOutcome importFile(FileContent file) {
        return registration.upload("/api/v1/models:import", "file", file, Map.of(), ImportOutcome.class);
    }
}
