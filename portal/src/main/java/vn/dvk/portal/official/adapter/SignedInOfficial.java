package vn.dvk.portal.official.adapter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.contracts.catalog.Role;

/** Reads the official from the ID token's claims ({@code preferred_username}, {@code name}, {@code unit}, {@code roles}). */
public final class SignedInOfficial {

    private SignedInOfficial() {
    }

    public static Optional<Official> of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return Optional.empty();
        }
        String login = Optional.ofNullable(user.getPreferredUsername()).orElse(user.getSubject());
        Object claimed = user.getClaims().get("roles");
        List<String> names = claimed instanceof Collection<?> values
                ? values.stream().map(String::valueOf).toList() : List.of();
        Set<Role> roles = names.stream().map(Role::named).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return Optional.of(new Official(login, user.getFullName(), user.getClaimAsString("unit"), roles));
    }
}
