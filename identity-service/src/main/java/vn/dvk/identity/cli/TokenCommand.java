package vn.dvk.identity.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs an official in at an OpenID provider the way a browser does, and prints the access token on its last line:
 * discovery, the authorize endpoint with PKCE (S256), the sign-in form with its CSRF token and the session cookie,
 * the redirect that carries the code, and the code exchanged at the token endpoint by the public client
 * {@code dvk-cli}. No back door: without the password there is no token.
 * <p>
 * {@code java -cp identity-service.jar -Dloader.main=vn.dvk.identity.cli.TokenCommand
 * org.springframework.boot.loader.launch.PropertiesLauncher <login> [--issuer URL] [--password-file FILE]}
 * <br>Defaults: {@code DVK_OIDC_ISSUER} or {@code http://127.0.0.1:8080}, {@code DVK_DEMO_PASSWORD_FILE} or
 * {@code ./.dvk/demo-password}. Exit 0 with the token, 1 when signing in failed, 2 on wrong usage.
 */
public final class TokenCommand {

    static final String CLIENT_ID = "dvk-cli";
    /** Loopback, so the provider accepts it on any port; nothing listens there: the code is read off the redirect. */
    static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI issuer;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;

    /** The command's own client: public, PKCE only. */
    TokenCommand(URI issuer) {
        this(issuer, CLIENT_ID, null, REDIRECT_URI);
    }

    /** Any registered browser client; {@code clientSecret} null for a public one. */
    public TokenCommand(URI issuer, String clientId, String clientSecret, String redirectUri) {
        this.issuer = URI.create(issuer.toString().endsWith("/") ? issuer.toString() : issuer + "/");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).connectTimeout(TIMEOUT).build();
    }

    /** Why no token could be had, in words for the person at the terminal. */
    public static final class SignInFailed extends Exception {
        SignInFailed(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String login = null;
        String issuer = Optional.ofNullable(System.getenv("DVK_OIDC_ISSUER")).filter(v -> !v.isBlank())
                .orElse("http://127.0.0.1:8080");
        String passwordFile = Optional.ofNullable(System.getenv("DVK_DEMO_PASSWORD_FILE")).filter(v -> !v.isBlank())
                .orElse("./.dvk/demo-password");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--issuer" -> issuer = i + 1 < args.length ? args[++i] : null;
                case "--password-file" -> passwordFile = i + 1 < args.length ? args[++i] : null;
                default -> login = args[i].startsWith("--") ? null : args[i];
            }
        }
        if (login == null || issuer == null || passwordFile == null) {
            err.println("usage: token <login> [--issuer URL] [--password-file FILE]");
            return 2;
        }
        try {
            String password = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).strip();
            String token = new TokenCommand(URI.create(issuer)).signIn(login, password, "openid profile")
                    .path("access_token").asString();
            out.println(token);
            return 0;
        } catch (IOException e) {
            err.println("no token: " + e.getMessage());
            return 1;
        } catch (SignInFailed e) {
            err.println("no token: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Authorization code with PKCE through the sign-in form; the token endpoint's answer ({@code access_token},
     * {@code id_token}, and {@code refresh_token} for a confidential client).
     */
    public JsonNode signIn(String login, String password, String scope)
            throws IOException, InterruptedException, SignInFailed {
        JsonNode discovery = JSON.readTree(send(HttpRequest.newBuilder(
                issuer.resolve(".well-known/openid-configuration")).timeout(TIMEOUT).GET().build(), 200).body());
        URI authorize = URI.create(discovery.path("authorization_endpoint").asString());
        URI tokenEndpoint = URI.create(discovery.path("token_endpoint").asString());
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        URI authorizeRequest = URI.create(authorize + "?" + form(Map.of("response_type", "code",
                "client_id", clientId, "redirect_uri", redirectUri, "scope", scope,
                "state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256")));

        URI loginPage = location(authorize, send(get(authorizeRequest), 302));
        HttpResponse<String> page = send(get(loginPage), 200);
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new SignInFailed("the sign-in page at " + loginPage + " has no CSRF token");
        }
        String csrfToken = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(loginPage).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", login, "password", password,
                        "_csrf", htmlUnescape(csrfToken))))).build(), 302);
        URI afterSignIn = location(loginPage, signedIn);
        if (afterSignIn.getPath().endsWith("/login")) {
            throw new SignInFailed("signing in as " + login + " was refused (" + afterSignIn.getQuery() + ")");
        }
        URI callback = location(afterSignIn, send(get(afterSignIn), 302));
        Map<String, String> answer = query(callback);
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new SignInFailed("the provider answered without a code: " + callback);
        }
        HttpRequest.Builder exchange = HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", answer.get("code"), "redirect_uri", redirectUri, "client_id", clientId,
                        "code_verifier", verifier))));
        if (clientSecret != null) {
            exchange.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
        }
        return JSON.readTree(send(exchange.build(), 200).body());
    }

    /** Asks for a page as a browser does: a request that accepts JSON is not one the provider returns to later. */
    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private HttpResponse<String> send(HttpRequest request, int expected)
            throws IOException, InterruptedException, SignInFailed {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new SignInFailed(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + " instead of " + expected + ": " + abbreviate(response.body()));
        }
        return response;
    }

    private static URI location(URI base, HttpResponse<String> response) throws SignInFailed {
        return base.resolve(response.headers().firstValue("Location")
                .orElseThrow(() -> new SignInFailed(response.request().uri() + " redirected nowhere")));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String htmlUnescape(String value) {
        return value.replace("&#45;", "-").replace("&#x2D;", "-").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
