package vn.dvk.portal.official.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in official as the identity provider describes him: login, display name, home unit and roles. The
 * portal offers pages by role, but every action is decided by the service it reaches, which checks the same token.
 */
public record Official(String login, String name, String unitCode, Set<OfficialRole> roles) {

    public Official {
        Objects.requireNonNull(login, "login");
        name = name == null || name.isBlank() ? login : name;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(OfficialRole role) {
        return roles.contains(role);
    }

    public boolean isClerk() {
        return has(OfficialRole.UNIT_CLERK);
    }

    public boolean isSteering() {
        return has(OfficialRole.STEERING_MEMBER);
    }

    public boolean isCouncil() {
        return has(OfficialRole.COUNCIL_MEMBER) || has(OfficialRole.CHAIRMAN);
    }

    public boolean isChairman() {
        return has(OfficialRole.CHAIRMAN);
    }

    public boolean isAdmin() {
        return has(OfficialRole.ADMIN);
    }

    public boolean isAuditor() {
        return has(OfficialRole.AUDITOR) || has(OfficialRole.ADMIN);
    }

    /** The roles in the order of the catalogue, for showing them. */
    public List<OfficialRole> sortedRoles() {
        return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }
}
