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
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * An OIDC provider for tests: one RSA key per test JVM, its discovery document and JWKS served over real HTTP on a
 * free port, and access tokens for any official, shaped as the identity service shapes them ({@code sub}, {@code name},
 * {@code unit}, {@code roles}, audience {@code dvk}). Services under test are pointed at it as their issuer.
 * A browser can sign in too (authorization code with PKCE, S256 only): {@link #signInAs} names the official the next
 * authorization request is granted for, without a login form.
 */
public final class TestTokens {

    public static final String AUDIENCE = "dvk";
    /** Every role, at the demo directory's root: what tests that are not about access act as. */
    public static final String[] ALL_ROLES = {"UNIT_CLERK", "STEERING_MEMBER", "COUNCIL_MEMBER", "CHAIRMAN", "VIEWER",
            "ADMIN", "AUDITOR"};

    private static RSAKey key;
    private static String issuer;
    private static volatile SignIn nextSignIn;
    private static final Map<String, Grant> GRANTS = new ConcurrentHashMap<>();

    /** Who signs in at the next authorization request. */
    private record SignIn(String login, String unitCode, List<String> roles) {
    }

    /** An authorization code handed out and what redeeming it needs. */
    private record Grant(SignIn official, String clientId, String redirectUri, String challenge, String nonce) {
    }

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
                        + "\"authorization_endpoint\":\"" + base + "/oauth2/authorize\","
                        + "\"token_endpoint\":\"" + base + "/oauth2/token\","
                        + "\"response_types_supported\":[\"code\"],"
                        + "\"code_challenge_methods_supported\":[\"S256\"],"
                        + "\"token_endpoint_auth_methods_supported\":[\"none\",\"client_secret_basic\"],"
                        + "\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
                server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, discovery));
                server.createContext("/oauth2/jwks", exchange -> answer(exchange, jwks));
                server.createContext("/oauth2/authorize", TestTokens::authorize);
                server.createContext("/oauth2/token", TestTokens::redeem);
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

    /**
     * The official the provider grants the next authorization request for (a browser's sign-in), until another is
     * named.
     */
    public static void signInAs(String login, String unitCode, String... roles) {
        issuer();
        nextSignIn = new SignIn(login, unitCode, Arrays.asList(roles));
    }

    /** A bearer token for an official of {@code unitCode} with the given roles, valid for an hour. */
    public static String forOfficial(String login, String unitCode, String... roles) {
        return forNamedOfficial(login, "Cán bộ " + login, unitCode, roles);
    }

    /** A token of an official whose display name a test reads back, e.g. in a model's history. */
    public static String forNamedOfficial(String login, String name, String unitCode, String... roles) {
        return sign(new JWTClaimsSet.Builder().subject(login).claim("name", name)
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

    private static void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        SignIn official = nextSignIn;
        String redirectUri = query.get("redirect_uri");
        if (official == null || redirectUri == null || !"code".equals(query.get("response_type"))
                || query.get("code_challenge") == null || !"S256".equals(query.get("code_challenge_method"))) {
            refuse(exchange, "invalid_request");
            return;
        }
        String code = UUID.randomUUID().toString();
        GRANTS.put(code, new Grant(official, query.get("client_id"), redirectUri, query.get("code_challenge"),
                query.get("nonce")));
        String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code
                + (query.containsKey("state") ? "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8)
                : "");
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void redeem(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = GRANTS.remove(String.valueOf(body.get("code")));
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri")) || body.get("code_verifier") == null
                || !grant.challenge().equals(s256(body.get("code_verifier")))) {
            refuse(exchange, "invalid_grant");
            return;
        }
        SignIn official = grant.official();
        String[] roles = official.roles().toArray(String[]::new);
        JWTClaimsSet.Builder idToken = new JWTClaimsSet.Builder().subject(official.login())
                .claim("preferred_username", official.login()).claim("name", "Cán bộ " + official.login())
                .claim("unit", official.unitCode()).claim("roles", official.roles())
                .audience(List.of(grant.clientId())).claim("azp", grant.clientId());
        if (grant.nonce() != null) {
            idToken.claim("nonce", grant.nonce());
        }
        String json = "{\"access_token\":\"" + forOfficial(official.login(), official.unitCode(), roles)
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"openid profile email\","
                + "\"id_token\":\"" + sign(idToken, Duration.ofHours(1)) + "\"}";
        answer(exchange, json);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void refuse(HttpExchange exchange, String error) throws IOException {
        byte[] body = ("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(400, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
