package vn.dvk.portal.official.adapter;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import vn.dvk.portal.shared.adapter.PortalSettings;
import vn.dvk.portal.shared.adapter.ServiceClients;

/**
 * The portal's one client at the provider, built from the provider's discovery document on first use and kept once
 * it was read: the portal starts while the provider is still starting, and the first sign-in reads the endpoints.
 * Authorization code with PKCE for both the public and the confidential client.
 */
final class DiscoveredClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = ServiceClients.REGISTRATION_ID;

    private final PortalSettings settings;
    private final AtomicReference<ClientRegistration> discovered = new AtomicReference<>();

    DiscoveredClientRegistrations(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = discovered.get();
        if (known != null) {
            return known;
        }
        PortalSettings.Portal portal = settings.portal();
        ClientRegistration.Builder builder;
        try {
            builder = ClientRegistrations.fromIssuerLocation(settings.oidc().issuer().toString());
        } catch (IllegalArgumentException | IllegalStateException unreachable) {
            throw new ProviderUnavailable(settings.oidc().issuer(), unreachable);
        }
        builder.registrationId(REGISTRATION_ID)
                .clientName("Cổng thông tin Dân vận khéo")
                .clientId(portal.effectiveClientId())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
        if (portal.confidential()) {
            builder.clientSecret(portal.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        ClientRegistration registration = builder.build();
        discovered.compareAndSet(null, registration);
        return discovered.get();
    }
}
