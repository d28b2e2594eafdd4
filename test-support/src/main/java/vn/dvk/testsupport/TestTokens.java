package vn.dvk.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * An OIDC provider for tests: one RSA key per test JVM, its discovery document and JWKS served over real HTTP on a
 * free port, and access tokens for any official, shaped as the identity service shapes them ({@code sub}, {@code name},
 * {@code unit}, {@code roles}, audience {@code dvk}). Services under test are pointed at it as their issuer.
 */
public final class TestTokens {

    public static final String AUDIENCE = "dvk";
    /** Every role, at the demo directory's root: what tests that are not about access act as. */
    public static final String[] ALL_ROLES = {"UNIT_CLERK", "STEERING_MEMBER", "COUNCIL_MEMBER", "CHAIRMAN", "VIEWER",
            "ADMIN", "AUDITOR"};

    private static RSAKey key;
    private static String issuer;

    private TestTokens() {
    }

    /** The issuer URL of the test provider, started on first use. */
    public static synchronized String issuer() {
        if (issuer == null) {
            try {
                key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                        .generate();
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                String base = "http://127.0.0.1:" + server.getAddress().getPort();
                String jwks = new JWKSet(key.toPublicJWK()).toString();
                String discovery = "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "/oauth2/jwks\","
                        + "\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
                server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, discovery));
                server.createContext("/oauth2/jwks", exchange -> answer(exchange, jwks));
                server.setExecutor(Executors.newCachedThreadPool(task -> {
                    Thread thread = new Thread(task, "test-oidc-provider");
                    thread.setDaemon(true);
                    return thread;
                }));
                server.start();
                issuer = base;
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return issuer;
    }

    /** A bearer token for an official of {@code unitCode} with the given roles, valid for an hour. */
    public static String forOfficial(String login, String unitCode, String... roles) {
        return sign(new JWTClaimsSet.Builder().subject(login).claim("name", "Cán bộ " + login)
                .claim("unit", unitCode).claim("roles", Arrays.asList(roles)), Duration.ofHours(1));
    }

    /** An official with every role at the demo province (14). */
    public static String superuser() {
        return forOfficial("test.admin", "14", ALL_ROLES);
    }

    /** A token that expired a minute ago (beyond any clock skew the services allow, 30 s). */
    public static String expired(String login, String unitCode, String... roles) {
        return sign(new JWTClaimsSet.Builder().subject(login).claim("unit", unitCode)
                .claim("roles", Arrays.asList(roles)), Duration.ofMinutes(-1));
    }

    /** A token for another audience than the services'. */
    public static String forAudience(String audience, String login, String unitCode, String... roles) {
        return sign(new JWTClaimsSet.Builder().subject(login).claim("unit", unitCode)
                .claim("roles", Arrays.asList(roles)).audience(List.of(audience)), Duration.ofHours(1));
    }

    private static String sign(JWTClaimsSet.Builder claims, Duration lifetime) {
        String issuedBy = issuer();
        Instant now = Instant.now();
        JWTClaimsSet built = claims.build();
        JWTClaimsSet.Builder complete = new JWTClaimsSet.Builder(built).issuer(issuedBy)
                .issueTime(Date.from(now.minus(Duration.ofMinutes(2)))).expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        if (built.getAudience() == null || built.getAudience().isEmpty()) {
            complete.audience(List.of(AUDIENCE));
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    complete.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
