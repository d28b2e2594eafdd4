package vn.dvk.portal.admin.adapter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.portal.admin.domain.AuditEntry;
import vn.dvk.portal.admin.domain.AuditLogs;
import vn.dvk.portal.admin.domain.AuditQuery;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;

/** {@link AuditLogs} on each service's {@code /api/v1/audit}, by the names of the portal's gateway routes. */
@Component
class RestAuditLogs implements AuditLogs {

    private final Map<String, ServiceApi> services = new LinkedHashMap<>();

    RestAuditLogs(ServiceClients.ServiceApis apis) {
        services.put("registration", apis.registration());
        services.put("evaluation", apis.evaluation());
        services.put("award", apis.award());
        services.put("reporting", apis.reporting());
        services.put("notification", apis.notification());
        services.put("identity", apis.identity());
    }

    @Override
    public List<String> services() {
        return List.copyOf(services.keySet());
    }

    @Override
    public AuditEntry.Page records(String service, AuditQuery query) {
        ServiceApi api = services.get(service);
        if (api == null) {
            throw new IllegalArgumentException("no audit log for " + service);
        }
        return api.get(QueryUri.of("/api/v1/audit").param("login", query.login())
                .param("targetId", query.targetId()).param("from", query.from()).param("to", query.to())
                .param("page", query.page()).param("size", query.size()), AuditEntry.Page.class);
    }
}
