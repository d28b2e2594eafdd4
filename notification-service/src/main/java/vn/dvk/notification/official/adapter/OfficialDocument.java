package vn.dvk.notification.official.adapter;

import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.contracts.catalog.Role;

/** An official as identity-service last announced him; found by login and by home unit. */
@Document("officials")
record OfficialDocument(@Id String login, String displayName, String email,
                        @Indexed(name = "unitCode") String unitCode, String unitPath, Set<Role> roles,
                        boolean enabled, long version) {

    static OfficialDocument of(Official official) {
        return new OfficialDocument(official.login(), official.displayName(), official.email(), official.unitCode(),
                official.unitPath(), official.roles(), official.enabled(), official.version());
    }

    Official toOfficial() {
        return new Official(login, displayName, email, unitCode, unitPath, roles == null ? Set.of() : roles, enabled,
                version);
    }
}
