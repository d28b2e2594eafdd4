package vn.dvk.identity.signin.adapter;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.dvk.identity.official.application.OfficialService;
import vn.dvk.identity.official.domain.Official;

/**
 * Officials as Spring Security users for the sign-in form. A locked or disabled official is refused before the
 * password is even compared. The principal is a plain {@link User} so that stored authorizations can be read back
 * with Spring Security's own JSON support; the token claims are read from the store at issuance.
 */
@Component
class OfficialUserDetailsService implements UserDetailsService {

    private final OfficialService officials;
    private final Clock clock;

    OfficialUserDetailsService(OfficialService officials, Clock clock) {
        this.officials = officials;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Official official = officials.find(Logins.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such official"));
        return User.withUsername(official.login())
                .password(official.passwordHash())
                .disabled(!official.enabled())
                .accountLocked(official.isLocked(clock.instant()))
                .roles(official.roles().stream().map(Enum::name).toArray(String[]::new))
                .build();
    }
}
