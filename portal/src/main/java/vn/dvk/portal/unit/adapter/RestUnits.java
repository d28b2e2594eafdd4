package vn.dvk.portal.unit.adapter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;
import vn.dvk.portal.unit.domain.UnitNeighbourhood;
import vn.dvk.portal.unit.domain.Units;

/**
 * {@link Units} on reporting-service's {@code /api/v1/dashboard/units}. The directory changes only when an
 * administrator imports a new one, so answers are kept per official and unit (bounded), which spares the service a
 * call on nearly every page.
 */
@Component
class RestUnits implements Units {

    private static final int KEPT = 2_000;

    private final ServiceApi reporting;
    private final Map<String, UnitNeighbourhood> kept = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, UnitNeighbourhood> eldest) {
                    return size() > KEPT;
                }
            });

    RestUnits(ServiceClients.ServiceApis apis) {
        this.reporting = apis.reporting();
    }

    @Override
    public UnitNeighbourhood around(String unitCode) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String key = (authentication == null ? "" : authentication.getName()) + "|" + unitCode;
        UnitNeighbourhood known = kept.get(key);
        if (known != null) {
            return known;
        }
        UnitNeighbourhood found = reporting.get(QueryUri.of("/api/v1/dashboard/units").param("unit", unitCode),
                UnitNeighbourhood.class);
        kept.put(key, found);
        return found;
    }
}
