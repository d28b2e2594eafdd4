package vn.dvk.platform.domain;

import java.util.Objects;
import java.util.Set;
import vn.dvk.contracts.catalog.Role;

/**
 * The official a request acts for, as the access token names him: login, display name, home unit and roles. Whatever
 * a request records about who did something comes from here, never from a header or the body.
 */
public record Caller(String login, String name, String unitCode, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(unitCode, "unitCode");
        name = name == null || name.isBlank() ? login : name;
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** How the official is named in histories and audit records: "Nguyễn Văn A (yenchau.bcd)". */
    public String signature() {
        return name.equals(login) ? login : name + " (" + login + ")";
    }
}
