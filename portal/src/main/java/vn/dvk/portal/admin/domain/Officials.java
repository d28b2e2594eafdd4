package vn.dvk.portal.admin.domain;

import vn.dvk.portal.shared.domain.FileContent;

/** identity-service's accounts of officials, for an administrator of a unit's subtree: it decides who may. */
public interface Officials {

    OfficialAccount.Page list(String unitCode, int page, int size);

    OfficialAccount get(String login);

    OfficialAccount.Created create(AccountDraft draft);

    /** Replaces the profile of the account at {@code version}; another change in between is refused. */
    OfficialAccount change(String login, long version, AccountDraft draft);

    /** Creates the accounts of a spreadsheet, all or none (a refusal names each bad row and column). */
    ImportedAccounts importAccounts(FileContent file);
}
