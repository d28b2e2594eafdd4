package vn.dvk.identity.oidc.adapter;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import vn.dvk.identity.official.application.OfficialService;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.identity.oidc.domain.DvkClaims;

/**
 * Puts dvk's claims into every JWT the provider issues. An official's claims are read from the store at issuance, so
 * a refresh picks up changed roles or unit and fails once the official is disabled or gone. A service account's
 * claims come from its configuration. Collections are put in as {@code ArrayList}s: the stored authorization is read
 * back with Spring Security's JSON support, which knows no immutable lists.
 */
final class DvkTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final OfficialService officials;
    private final IdentityProperties properties;

    DvkTokenCustomizer(OfficialService officials, IdentityProperties properties) {
        this.officials = officials;
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        if (accessToken) {
            context.getClaims().audience(new ArrayList<>(List.of(properties.audience()))).claim(DvkClaims.CLIENT_ID, clientId);
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            serviceAccountClaims(context, clientId);
            return;
        }
        Official official = officials.find(context.getPrincipal().getName())
                .filter(Official::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "the official is no longer allowed to sign in", null)));
        context.getClaims().claims(claims -> claims.putAll(DvkClaims.of(official)));
        if (idToken) {
            context.getClaims().claims(claims -> claims.putAll(DvkClaims.idTokenExtras(official)));
        }
    }

    private void serviceAccountClaims(JwtEncodingContext context, String clientId) {
        IdentityProperties.Client client = properties.clients().get(clientId);
        context.getClaims().claim(DvkClaims.NAME, client.name() == null ? clientId : client.name())
                .claim(DvkClaims.ROLES, new ArrayList<>(client.roles()));
        if (client.unit() != null && !client.unit().isBlank()) {
            context.getClaims().claim(DvkClaims.UNIT, client.unit().strip());
        }
    }
}
