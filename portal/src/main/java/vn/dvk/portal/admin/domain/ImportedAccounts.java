package vn.dvk.portal.admin.domain;

import java.util.List;

/** The accounts a spreadsheet created, each with the password identity-service generated, shown this once. */
public record ImportedAccounts(int created, List<Account> officials) {

    public ImportedAccounts {
        officials = officials == null ? List.of() : List.copyOf(officials);
    }

    /** One created account. */
    public record Account(String login, String unitCode, String generatedPassword) {
    }
}
