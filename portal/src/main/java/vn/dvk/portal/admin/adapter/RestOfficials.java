package vn.dvk.portal.admin.adapter;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.portal.admin.domain.AccountDraft;
import vn.dvk.portal.admin.domain.ImportedAccounts;
import vn.dvk.portal.admin.domain.OfficialAccount;
import vn.dvk.portal.admin.domain.Officials;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;
import vn.dvk.portal.shared.domain.FileContent;

/** {@link Officials} on identity-service's {@code /api/v1/officials}; logins reach here checked by {@code PathIds}. */
@Component
class RestOfficials implements Officials {

    private final ServiceApi identity;

    RestOfficials(ServiceClients.ServiceApis apis) {
        this.identity = apis.identity();
    }

    /** The body of a change: the whole profile, as identity-service's {@code PUT} takes it. */
    private record Profile(String displayName, String email, String unitCode, java.util.Set<String> roles,
                           Boolean enabled) {
    }

    @Override
    public ImportedAccounts importAccounts(FileContent file) {
        return identity.upload("/api/v1/officials:import", "file", file, Map.of(), ImportedAccounts.class);
    }

    @Override
    public OfficialAccount.Page list(String unitCode, int page, int size) {
        return identity.get(QueryUri.of("/api/v1/officials").param("unit", unitCode).param("page", page)
                .param("size", size), OfficialAccount.Page.class);
    }

    @Override
    public OfficialAccount get(String login) {
        return identity.get(uri -> uri.path("/api/v1/officials/{login}").build(login), OfficialAccount.class);
    }

    @Override
    public OfficialAccount.Created create(AccountDraft draft) {
        return identity.post("/api/v1/officials", draft, OfficialAccount.Created.class);
    }

    @Override
    public OfficialAccount change(String login, long version, AccountDraft draft) {
        return identity.put("/api/v1/officials/" + login, new Profile(draft.displayName(), draft.email(),
                draft.unitCode(), draft.roles(), draft.enabled()), Map.of("If-Match", "\"" + version + "\""),
                OfficialAccount.class);
    }
}
