package vn.dvk.identity.oidc.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityPropertiesTest {

    @Test
    void unset_settings_give_the_local_issuer_the_dvk_audience_and_fifteen_minute_access_tokens() {
        IdentityProperties properties = new IdentityProperties(null, null, null, null, null);

        assertThat(properties.issuer()).isEqualTo("http://127.0.0.1:8080");
        assertThat(properties.audience()).isEqualTo("dvk");
        assertThat(properties.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.clients()).isEmpty();
    }

    @Test
    void an_access_token_lifetime_outside_ten_to_sixty_minutes_is_refused_at_start() {
        assertThatThrownBy(() -> new IdentityProperties("http://idp", "dvk", Duration.ofMinutes(5), null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("access-token-lifetime");
        assertThatThrownBy(() -> new IdentityProperties("http://idp", "dvk", Duration.ofHours(2), null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IdentityProperties("http://idp/", "dvk", Duration.ofMinutes(10), null, Map.of()).issuer())
                .isEqualTo("http://idp");
    }

    @Test
    void a_client_defaults_to_public_and_its_lists_drop_blanks_and_repeats() {
        IdentityProperties.Client client = new IdentityProperties.Client(null, null,
                List.of(" http://127.0.0.1/cb ", "", "http://127.0.0.1/cb"), null, null, null, null, null);

        assertThat(client.type()).isEqualTo(IdentityProperties.ClientType.PUBLIC);
        assertThat(client.redirectUris()).containsExactly("http://127.0.0.1/cb");
        assertThat(client.roles()).isEmpty();
    }
}
