package vn.dvk.identity.oidc.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.contracts.catalog.Role;

/**
 * The claims dvk's tokens carry beyond the standard ones, which every resource server reads (see the module README):
 * {@code name}, {@code unit}, {@code roles}, and on ID tokens also {@code email} and {@code preferred_username}.
 */
public final class DvkClaims {

    public static final String NAME = "name";
    public static final String UNIT = "unit";
    public static final String ROLES = "roles";
    public static final String EMAIL = "email";
    public static final String PREFERRED_USERNAME = "preferred_username";
    public static final String CLIENT_ID = "client_id";

    private DvkClaims() {
    }

    /** The profile claims of an official, roles in their declared order. */
    public static Map<String, Object> of(Official official) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(NAME, official.displayName());
        claims.put(UNIT, official.unitCode());
        claims.put(ROLES, roleCodes(official));
        return claims;
    }

    /** What the ID token (and so the userinfo endpoint) adds: the address and the login as typed. */
    public static Map<String, Object> idTokenExtras(Official official) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(EMAIL, official.email());
        claims.put(PREFERRED_USERNAME, official.login());
        return claims;
    }

    /**
     * A mutable list on purpose: the provider stores the claims with Spring Security's JSON support, which reads back
     * only the collection types it knows.
     */
    private static List<String> roleCodes(Official official) {
        return official.roles().stream().sorted().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
    }
}
