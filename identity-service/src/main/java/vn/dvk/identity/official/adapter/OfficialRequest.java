package vn.dvk.identity.official.adapter;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.contracts.catalog.Role;

/** Body of {@code POST /api/v1/officials}; without {@code password} one is generated and answered once. */
public record OfficialRequest(
        @NotBlank @Size(max = 64) String login,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 50) String unitCode,
        @NotEmpty @Size(max = 7) Set<@NotNull Role> roles,
        Boolean enabled,
        @Size(min = Official.MIN_PASSWORD_LENGTH, max = Official.MAX_PASSWORD_LENGTH) String password) {

    Official.Profile profile() {
        return new Official.Profile(displayName, email, unitCode.strip(), roles, enabled == null || enabled);
    }
}
