package vn.dvk.identity.oidc.adapter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * Turns the configured clients into registered clients. The registered client's id is its client id, so that
 * stored authorizations find their client again after a restart. Browser clients sign in without a consent page:
 * they are dvk's own.
 */
final class ClientRegistrations {

    private static final Logger log = LoggerFactory.getLogger(ClientRegistrations.class);

    private ClientRegistrations() {
    }

    static List<RegisteredClient> from(IdentityProperties properties, PasswordEncoder encoder,
                                       UnitDirectory directory) {
        List<RegisteredClient> clients = new ArrayList<>();
        for (Map.Entry<String, IdentityProperties.Client> entry : properties.clients().entrySet()) {
            String clientId = entry.getKey();
            IdentityProperties.Client client = entry.getValue();
            boolean needsSecret = client.type() != IdentityProperties.ClientType.PUBLIC;
            if (needsSecret && (client.secret() == null || client.secret().isBlank())) {
                log.info("client {} ({}) has no secret configured and is not registered", clientId, client.type());
                continue;
            }
            clients.add(register(clientId, client, properties, encoder, directory));
            log.info("client {} registered ({})", clientId, client.type());
        }
        return clients;
    }

    private static RegisteredClient register(String clientId, IdentityProperties.Client client,
                                             IdentityProperties properties, PasswordEncoder encoder,
                                             UnitDirectory directory) {
        RegisteredClient.Builder builder = RegisteredClient.withId(clientId).clientId(clientId)
                .clientName(client.name() == null ? clientId : client.name());
        TokenSettings.Builder tokens = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenLifetime())
                .refreshTokenTimeToLive(properties.refreshTokenLifetime())
                .reuseRefreshTokens(false);
        switch (client.type()) {
            case PUBLIC -> builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE);
            case CONFIDENTIAL -> builder.clientSecret(encoder.encode(client.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
            case SERVICE -> {
                checkServiceAccount(clientId, client, directory);
                builder.clientSecret(encoder.encode(client.secret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
                client.scopes().forEach(builder::scope);
            }
        }
        if (client.type() != IdentityProperties.ClientType.SERVICE) {
            if (client.redirectUris().isEmpty()) {
                throw new IllegalArgumentException("dvk.identity.clients." + clientId + " needs redirect-uris");
            }
            client.redirectUris().forEach(builder::redirectUri);
            client.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
            builder.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL);
            builder.clientSettings(ClientSettings.builder().requireProofKey(true)
                    .requireAuthorizationConsent(false).build());
        }
        return builder.tokenSettings(tokens.build()).build();
    }

    private static void checkServiceAccount(String clientId, IdentityProperties.Client client,
                                            UnitDirectory directory) {
        List<String> known = Arrays.stream(Role.values()).map(Role::name).toList();
        for (String role : client.roles()) {
            if (!known.contains(role)) {
                throw new IllegalArgumentException("dvk.identity.clients." + clientId + ".roles: unknown role " + role
                        + "; known roles are " + known);
            }
        }
        if (client.unit() != null && !client.unit().isBlank() && !directory.contains(client.unit().strip())) {
            throw new IllegalArgumentException("dvk.identity.clients." + clientId + ".unit: " + client.unit()
                    + " is not a unit of the loaded directory");
        }
    }
}
