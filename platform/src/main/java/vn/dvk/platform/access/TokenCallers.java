package vn.dvk.platform.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.dvk.platform.domain.Caller;
import vn.dvk.contracts.catalog.Role;

/**
 * Reads the official from an access token's claims: {@code sub} (login), {@code name}, {@code unit} (home unit code)
 * and {@code roles}. Roles this system does not know are ignored; a token without a home unit is refused, since
 * nothing could be shown to it.
 */
public final class TokenCallers implements Converter<Jwt, CallerAuthentication> {

    static final String UNIT = "unit";
    static final String ROLES = "roles";
    static final String NAME = "name";

    @Override
    public CallerAuthentication convert(Jwt token) {
        String unit = token.getClaimAsString(UNIT);
        if (token.getSubject() == null || unit == null || unit.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "the access token names no official (sub) or no home unit (unit)", null));
        }
        return new CallerAuthentication(new Caller(token.getSubject(), token.getClaimAsString(NAME), unit.strip(),
                roles(token.getClaimAsStringList(ROLES))), token);
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.stream().map(Role::named).flatMap(Optional::stream).forEach(roles::add);
        }
        return roles;
    }
}
