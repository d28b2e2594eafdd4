package vn.dvk.portal.admin.domain;

import java.time.Instant;
import java.util.List;
import vn.dvk.contracts.catalog.Role;

/** An official's account as identity-service shows it to an administrator: never a password. */
public record OfficialAccount(String login, String displayName, String email, String unitCode, String unitPath,
                              List<String> roles, boolean enabled, Instant lockedUntil, Instant createdAt,
                              Instant updatedAt, String updatedBy, long version) {

    public OfficialAccount {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The roles as officials read them, in the catalogue's order. */
    public List<String> roleLabels() {
        return java.util.Arrays.stream(Role.values()).filter(role -> roles.contains(role.name()))
                .map(Role::label).toList();
    }

    public boolean locked() {
        return lockedUntil != null;
    }

    /** The paged list identity-service answers. */
    public record Page(List<OfficialAccount> items, int page, int size, long total) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** A created account and the password identity-service generated, shown this once. */
    public record Created(OfficialAccount official, String generatedPassword) {
    }
}
