package vn.dvk.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.dvk.identity.IdentityIntegrationTest;
import vn.dvk.identity.cli.TokenCommand;
import vn.dvk.testsupport.ServiceClient;

class ProviderTest extends IdentityIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    /** A JSON array's strings; a single string stands for itself, as JWT allows for {@code aud}. */
    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isString()) {
            values.add(array.asString());
        }
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private JWKSet keys() throws Exception {
        return JWKSet.parse(api.get("/oauth2/jwks").body());
    }

    private boolean signedByTheProvider(String jwt) throws Exception {
        JWSObject token = JWSObject.parse(jwt);
        RSAKey key = keys().getKeyByKeyId(token.getHeader().getKeyID()).toRSAKey();
        return token.verify(new RSASSAVerifier(key));
    }

    @Test
    void discovery_names_the_issuer_the_endpoints_and_pkce_and_the_jwks_holds_the_stored_signing_key()
            throws Exception {
        ServiceClient.Reply discovery = api.get("/.well-known/openid-configuration");

        assertThat(discovery.status()).isEqualTo(200);
        JsonNode metadata = discovery.json();
        assertThat(metadata.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(metadata.path("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(metadata.path("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(metadata.path("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(metadata.path("userinfo_endpoint").asString()).isEqualTo(ISSUER + "/userinfo");
        assertThat(strings(metadata.path("code_challenge_methods_supported"))).contains("S256");
        assertThat(strings(metadata.path("grant_types_supported")))
                .contains("authorization_code", "client_credentials", "refresh_token");
        assertThat(strings(metadata.path("id_token_signing_alg_values_supported"))).contains("RS256");

        JWKSet keys = keys();
        assertThat(keys.getKeys()).hasSize(1);
        RSAKey key = keys.getKeys().get(0).toRSAKey();
        assertThat(key.isPrivate()).as("the JWKS publishes the public half only").isFalse();
        Document stored = mongo.getCollection("signing_key").find(new Document("_id", "current")).first();
        assertThat(stored).as("the signing key is kept in the store, so tokens outlive a restart").isNotNull();
        assertThat(RSAKey.parse(stored.getString("jwk")).getKeyID()).isEqualTo(key.getKeyID());
    }

    @Test
    void the_code_flow_with_pkce_through_the_sign_in_form_issues_a_signed_jwt_with_the_officials_claims()
            throws Exception {
        JsonNode tokens = signIn("YenChau.CanBo ", demoPassword());

        String accessToken = tokens.path("access_token").asString();
        assertThat(signedByTheProvider(accessToken)).isTrue();
        JsonNode claims = claimsOf(accessToken);
        assertThat(claims.path("iss").asString()).isEqualTo(ISSUER);
        assertThat(claims.path("sub").asString()).isEqualTo("yenchau.canbo");
        assertThat(claims.path("name").asString()).isEqualTo("Lò Thị Hoa (cán bộ Ban Dân vận huyện)");
        assertThat(claims.path("unit").asString()).isEqualTo("124");
        assertThat(strings(claims.path("roles"))).containsExactly("UNIT_CLERK");
        assertThat(strings(claims.path("aud"))).containsExactly("dvk");
        assertThat(claims.path("client_id").asString()).isEqualTo("dvk-cli");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong())
                .isEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(tokens.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.has("refresh_token")).as("a public client gets no refresh token").isFalse();

        String idToken = tokens.path("id_token").asString();
        assertThat(signedByTheProvider(idToken)).isTrue();
        JsonNode identity = claimsOf(idToken);
        assertThat(identity.path("sub").asString()).isEqualTo("yenchau.canbo");
        assertThat(identity.path("name").asString()).isEqualTo("Lò Thị Hoa (cán bộ Ban Dân vận huyện)");
        assertThat(identity.path("unit").asString()).isEqualTo("124");
        assertThat(strings(identity.path("roles"))).containsExactly("UNIT_CLERK");
        assertThat(identity.path("email").asString()).isEqualTo("yenchau.canbo@dvk.local");

        ServiceClient.Reply userInfo = api.send("GET", "/userinfo", null, null, bearer(accessToken));
        assertThat(userInfo.status()).as(userInfo.body()).isEqualTo(200);
        assertThat(userInfo.text("unit")).isEqualTo("124");
    }

    @Test
    void the_confidential_portal_client_gets_a_refresh_token_that_renews_the_access_token_from_the_store()
            throws Exception {
        JsonNode tokens = new TokenCommand(java.net.URI.create(ISSUER), "dvk-portal-server",
                "portal-secret-for-tests", "http://127.0.0.1:8090/login/oauth2/code/dvk")
                .signIn("yenchau.bcd", demoPassword(), "openid profile email");
        String refreshToken = tokens.path("refresh_token").asString();
        assertThat(refreshToken).isNotBlank();
        assertThat(mongo.getCollection("authorization").countDocuments(new Document("refreshToken.value",
                refreshToken))).as("the authorization is kept in the store").isEqualTo(1);

        ServiceClient.Reply renewed = api.send("POST", "/oauth2/token", form(Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken)), "application/x-www-form-urlencoded",
                basic("dvk-portal-server", "portal-secret-for-tests"));

        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        String accessToken = renewed.text("access_token");
        assertThat(signedByTheProvider(accessToken)).isTrue();
        JsonNode claims = claimsOf(accessToken);
        assertThat(claims.path("sub").asString()).isEqualTo("yenchau.bcd");
        assertThat(strings(claims.path("roles"))).containsExactly("STEERING_MEMBER");
        assertThat(claims.path("unit").asString()).isEqualTo("124");
        assertThat(renewed.text("refresh_token")).as("refresh tokens rotate").isNotEqualTo(refreshToken);
    }

    @Test
    void a_service_account_gets_a_token_by_client_credentials_with_its_configured_roles_and_unit()
            throws Exception {
        ServiceClient.Reply reply = api.send("POST", "/oauth2/token", form(Map.of("grant_type",
                "client_credentials")), "application/x-www-form-urlencoded",
                basic("report-robot", "robot-secret-for-tests"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String accessToken = reply.text("access_token");
        assertThat(signedByTheProvider(accessToken)).isTrue();
        JsonNode claims = claimsOf(accessToken);
        assertThat(claims.path("sub").asString()).isEqualTo("report-robot");
        assertThat(claims.path("name").asString()).isEqualTo("Máy tổng hợp số liệu");
        assertThat(claims.path("unit").asString()).isEqualTo("124");
        assertThat(strings(claims.path("roles"))).containsExactly("VIEWER");
        assertThat(strings(claims.path("aud"))).containsExactly("dvk");

        ServiceClient.Reply wrongSecret = api.send("POST", "/oauth2/token", form(Map.of("grant_type",
                "client_credentials")), "application/x-www-form-urlencoded", basic("report-robot", "wrong"));
        assertThat(wrongSecret.status()).isEqualTo(401);
    }

    @Test
    void an_authorization_request_without_pkce_is_refused() {
        ServiceClient.Reply reply = api.get("/oauth2/authorize?response_type=code&client_id=dvk-cli"
                + "&redirect_uri=http://127.0.0.1/callback&scope=openid");

        assertThat(reply.status()).isIn(302, 400);
        if (reply.status() == 302) {
            assertThat(reply.header("Location")).contains("error=invalid_request").doesNotContain("code=");
        }
    }

    static byte[] form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&").append(key).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static Map<String, String> basic(String clientId, String secret) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
