package vn.dvk.portal.admin.adapter;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import vn.dvk.portal.admin.domain.UnitDirectoryAdmin;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;
import vn.dvk.portal.shared.domain.FileContent;

/** {@link UnitDirectoryAdmin} on identity-service's {@code /api/v1/admin/unit-directory}. */
@Component
class RestUnitDirectoryAdmin implements UnitDirectoryAdmin {

    private static final String PATH = "/api/v1/admin/unit-directory";

    private final ServiceApi identity;

    RestUnitDirectoryAdmin(ServiceClients.ServiceApis apis) {
        this.identity = apis.identity();
    }

    @Override
    public Overview current() {
        return identity.get(QueryUri.of(PATH), Overview.class);
    }

    @Override
    public UnitPage units(String query, int page, int size) {
        return identity.get(QueryUri.of(PATH + "/units").param("q", query).param("page", page).param("size", size),
                UnitPage.class);
    }

    @Override
    public List<Version> history() {
        return identity.get(QueryUri.of(PATH + "/history"), new ParameterizedTypeReference<List<Version>>() {
        });
    }

    @Override
    public ImportOutcome check(FileContent file) {
        return identity.upload(PATH, "file", file, Map.of("dryRun", "true"), ImportOutcome.class);
    }

    @Override
    public ImportOutcome publish(FileContent file) {
        return identity.upload(PATH, "file", file, Map.of(), ImportOutcome.class);
    }
}
