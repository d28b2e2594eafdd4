package vn.dvk.portal.dashboard.adapter;

import org.springframework.stereotype.Component;
import vn.dvk.portal.dashboard.domain.Compliance;
import vn.dvk.portal.dashboard.domain.Reporting;
import vn.dvk.portal.dashboard.domain.Statistics;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;

/** {@link Reporting} on reporting-service's statistics and compliance endpoints. */
@Component
class RestReporting implements Reporting {

    private final ServiceApi reporting;

    RestReporting(ServiceClients.ServiceApis apis) {
        this.reporting = apis.reporting();
    }

    @Override
    public Statistics statistics(String unitCode, int year) {
        return reporting.get(QueryUri.of("/api/v1/statistics/models").param("unit", unitCode).param("year", year),
                Statistics.class);
    }

    @Override
    public Compliance compliance(String unitCode, int year) {
        return reporting.get(QueryUri.of("/api/v1/compliance").param("unit", unitCode).param("year", year),
                Compliance.class);
    }
}
