package vn.dvk.portal.shared.adapter;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal finds the identity provider and the services ({@code dvk.*}; environment variables by relaxed
 * binding: {@code DVK_OIDC_ISSUER}, {@code DVK_PORTAL_CLIENT_SECRET}, {@code DVK_PORTAL_SERVICES_REGISTRATION}, …).
 *
 * @param oidc the provider the officials sign in with, the one whose tokens the services accept
 * @param portal the portal's client at the provider and the services' addresses
 */
@ConfigurationProperties("dvk")
public record PortalSettings(@DefaultValue Oidc oidc, @DefaultValue Portal portal) {

    /** identity-service's API: the provider's own address unless {@code dvk.portal.services.identity} names another. */
    public URI identityService() {
        URI identity = portal.services().identity();
        return identity != null ? identity : oidc.issuer();
    }

    /** The provider, found through its discovery document at {@code <issuer>/.well-known/openid-configuration}. */
    public record Oidc(@DefaultValue("http://127.0.0.1:8080") URI issuer) {
    }

    /**
     * @param clientId the portal's client; blank: {@code dvk-portal-server} when a secret is given, else the public
     *                 {@code dvk-portal}
     * @param clientSecret the confidential client's secret; with it the provider also grants refresh tokens, so a
     *                     session outlives one access token
     * @param services the base address of each service the portal calls and routes {@code /api/<service>/**} to
     */
    public record Portal(String clientId, String clientSecret, @DefaultValue Services services) {

        public boolean confidential() {
            return clientSecret != null && !clientSecret.isBlank();
        }

        public String effectiveClientId() {
            if (clientId != null && !clientId.isBlank()) {
                return clientId;
            }
            return confidential() ? "dvk-portal-server" : "dvk-portal";
        }
    }

    /** The base address of each service, e.g. {@code http://127.0.0.1:8081}. */
    public record Services(@DefaultValue("http://127.0.0.1:8081") URI registration,
                           @DefaultValue("http://127.0.0.1:8082") URI evaluation,
                           @DefaultValue("http://127.0.0.1:8083") URI award,
                           @DefaultValue("http://127.0.0.1:8084") URI reporting,
                           @DefaultValue("http://127.0.0.1:8085") URI notification, URI identity) {
    }
}
