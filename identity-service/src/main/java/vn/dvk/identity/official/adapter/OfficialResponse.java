package vn.dvk.identity.official.adapter;

import java.time.Instant;
import java.util.List;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.contracts.catalog.Role;

/**
 * An official as the admin API shows it: never the password hash. {@code lockedUntil} is set while wrong passwords
 * keep the account locked.
 */
public record OfficialResponse(String login, String displayName, String email, String unitCode, String unitPath,
                               List<Role> roles, boolean enabled, Instant lockedUntil, Instant createdAt,
                               Instant updatedAt, String updatedBy, long version) {

    static OfficialResponse of(Official official, Instant now) {
        return new OfficialResponse(official.login(), official.displayName(), official.email(), official.unitCode(),
                official.unitPath(), official.roles().stream().sorted().toList(), official.enabled(),
                official.isLocked(now) ? official.lockedUntil() : null, official.createdAt(), official.updatedAt(),
                official.updatedBy(), official.version());
    }
}
