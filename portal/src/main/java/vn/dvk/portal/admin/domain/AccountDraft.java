package vn.dvk.portal.admin.domain;

import java.util.Set;

/**
 * An account's profile as an administrator writes it: for a new account with its {@code login} (and no password,
 * so that identity-service generates one and shows it once), for a change without.
 */
public record AccountDraft(String login, String displayName, String email, String unitCode, Set<String> roles,
                           Boolean enabled) {
}
