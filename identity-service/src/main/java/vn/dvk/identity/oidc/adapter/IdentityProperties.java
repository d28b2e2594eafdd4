package vn.dvk.identity.oidc.adapter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The provider's settings ({@code dvk.identity.*}, see the README for the environment variables).
 *
 * @param issuer                the issuer URL tokens name and discovery announces ({@code DVK_OIDC_ISSUER})
 * @param audience              the {@code aud} every access token carries; resource servers check it
 * @param accessTokenLifetime   between 10 and 60 minutes
 * @param refreshTokenLifetime  how long a browser session may be renewed without signing in again
 * @param clients               the registered clients by client id
 */
@ConfigurationProperties("dvk.identity")
public record IdentityProperties(String issuer, String audience, Duration accessTokenLifetime,
                                 Duration refreshTokenLifetime, Map<String, Client> clients) {

    static final Duration SHORTEST_ACCESS_TOKEN = Duration.ofMinutes(10);
    static final Duration LONGEST_ACCESS_TOKEN = Duration.ofMinutes(60);

    public IdentityProperties {
        issuer = issuer == null || issuer.isBlank() ? "http://127.0.0.1:8080" : stripSlash(issuer.strip());
        audience = audience == null || audience.isBlank() ? "dvk" : audience.strip();
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(15) : accessTokenLifetime;
        if (accessTokenLifetime.compareTo(SHORTEST_ACCESS_TOKEN) < 0
                || accessTokenLifetime.compareTo(LONGEST_ACCESS_TOKEN) > 0) {
            throw new IllegalArgumentException("dvk.identity.access-token-lifetime must lie between "
                    + SHORTEST_ACCESS_TOKEN + " and " + LONGEST_ACCESS_TOKEN + ", was " + accessTokenLifetime);
        }
        refreshTokenLifetime = refreshTokenLifetime == null ? Duration.ofHours(8) : refreshTokenLifetime;
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** How a client authenticates and which flows it may use. */
    public enum ClientType {
        /** A browser or native app that keeps no secret: authorization code with PKCE, no refresh token. */
        PUBLIC,
        /** A server-side app with a secret: authorization code with PKCE, and refresh tokens. */
        CONFIDENTIAL,
        /** A machine client acting as itself: client credentials only. */
        SERVICE
    }

    /**
     * One client.
     *
     * @param type                    how it authenticates
     * @param secret                  its secret (CONFIDENTIAL and SERVICE); a client whose secret is blank is left out
     * @param redirectUris            where codes may be sent (PUBLIC and CONFIDENTIAL); a loopback URI allows any port
     * @param postLogoutRedirectUris  where the provider may send a browser after logging out
     * @param scopes                  scopes a SERVICE client may ask for
     * @param roles                   the roles a SERVICE client's tokens carry
     * @param unit                    the unit a SERVICE client acts for (its tokens' {@code unit})
     * @param name                    a SERVICE client's display name (its tokens' {@code name})
     */
    public record Client(ClientType type, String secret, List<String> redirectUris,
                         List<String> postLogoutRedirectUris, List<String> scopes, List<String> roles, String unit,
                         String name) {

        public Client {
            type = type == null ? ClientType.PUBLIC : type;
            redirectUris = clean(redirectUris);
            postLogoutRedirectUris = clean(postLogoutRedirectUris);
            scopes = clean(scopes);
            roles = clean(roles);
        }

        private static List<String> clean(List<String> values) {
            return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty())
                    .distinct().toList();
        }
    }
}
