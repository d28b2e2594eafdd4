package vn.dvk.portal.admin.adapter;

import org.springframework.stereotype.Component;
import vn.dvk.portal.admin.domain.RebuildProgress;
import vn.dvk.portal.admin.domain.Rebuilds;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;

/** {@link Rebuilds} on reporting-service's {@code /api/v1/admin/rebuild}. */
@Component
class RestRebuilds implements Rebuilds {

    private final ServiceApi reporting;

    RestRebuilds(ServiceClients.ServiceApis apis) {
        this.reporting = apis.reporting();
    }

    @Override
    public RebuildProgress progress() {
        return reporting.get(QueryUri.of("/api/v1/admin/rebuild"), RebuildProgress.class);
    }

    @Override
    public RebuildProgress start() {
        return reporting.post("/api/v1/admin/rebuild", null, RebuildProgress.class);
    }
}
