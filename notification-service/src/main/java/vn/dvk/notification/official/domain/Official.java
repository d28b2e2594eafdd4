package vn.dvk.notification.official.domain;

import java.util.Set;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * An official as identity-service announced him: whom to write to and what he may see. {@code version} is the
 * version of his record in identity-service; an older announcement never replaces a newer one.
 */
public record Official(String login, String displayName, String email, String unitCode, String unitPath,
                       Set<Role> roles, boolean enabled, long version) {

    public Official {
        roles = Set.copyOf(roles);
    }

    /** Whether he may hear of what happens at the unit at {@code path}: it lies in his home unit's subtree. */
    public boolean oversees(String path) {
        return enabled && UnitDirectory.pathIsWithin(path, unitPath);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
