package vn.dvk.contracts.identity;

import java.util.List;

/**
 * What other services may know about an official: the login (the tokens' {@code sub}), the name and mail address
 * messages use, the home unit with its path from the province, the roles (names of the platform's roles, e.g.
 * {@code UNIT_CLERK}) and whether the account is enabled. Never a password or a sign-in record. {@code version} is the
 * version of the official's record the snapshot was taken at, so that a consumer keeps the newest.
 */
public record OfficialSnapshot(String login, String displayName, String email, String unitCode, String unitPath,
                               List<String> roles, boolean enabled, long version) {
}
