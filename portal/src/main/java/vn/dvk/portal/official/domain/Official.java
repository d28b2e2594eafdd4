package vn.dvk.portal.official.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.dvk.contracts.catalog.Role;

/**
 * The signed-in official as the identity provider describes him: login, display name, home unit and roles. The
 * portal offers pages by role, but every action is decided by the service it reaches, which checks the same token.
 */
public record Official(String login, String name, String unitCode, Set<Role> roles) {

    public Official {
        Objects.requireNonNull(login, "login");
        name = name == null || name.isBlank() ? login : name;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isClerk() {
        return has(Role.UNIT_CLERK);
    }

    public boolean isSteering() {
        return has(Role.STEERING_MEMBER);
    }

    public boolean isCouncil() {
        return has(Role.COUNCIL_MEMBER) || has(Role.CHAIRMAN);
    }

    public boolean isChairman() {
        return has(Role.CHAIRMAN);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isAuditor() {
        return has(Role.AUDITOR) || has(Role.ADMIN);
    }

    /** The roles in the order of the catalogue, for showing them. */
    public List<Role> sortedRoles() {
        return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }
}
