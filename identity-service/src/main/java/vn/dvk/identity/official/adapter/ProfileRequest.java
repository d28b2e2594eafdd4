package vn.dvk.identity.official.adapter;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.contracts.catalog.Role;

/** Body of {@code PUT /api/v1/officials/{login}}: the whole profile, as a read returned it. */
public record ProfileRequest(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 50) String unitCode,
        @NotEmpty @Size(max = 7) Set<@NotNull Role> roles,
        @NotNull Boolean enabled) {

    Official.Profile profile() {
        return new Official.Profile(displayName, email, unitCode.strip(), roles, enabled);
    }
}
