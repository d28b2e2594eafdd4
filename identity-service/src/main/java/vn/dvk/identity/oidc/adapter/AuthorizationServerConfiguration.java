package vn.dvk.identity.oidc.adapter;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.dvk.identity.official.application.OfficialService;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.identity.oidc.domain.DvkClaims;
import vn.dvk.platform.config.AccessAutoConfiguration;
import vn.dvk.platform.config.DvkProperties;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;

/**
 * The OpenID Provider: Spring Authorization Server's endpoints (discovery, JWKS, authorize, token, userinfo,
 * revocation, introspection, logout) with the issuer from {@code DVK_OIDC_ISSUER}, the configured clients, the key
 * and the authorizations kept in the store, and dvk's claims in every token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
public class AuthorizationServerConfiguration {

    /**
     * The provider's endpoints come first; then the sign-in page's chain, then the platform's resource-server chain
     * for the admin API and everything else.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, OfficialService officials) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context ->
                    userInfo(officials, context.getAuthorization().getPrincipalName()))));
        });
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> { }))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers));
        return http.build();
    }

    /** The official as the store has them now: the ID token's profile claims, fresh. */
    private static OidcUserInfo userInfo(OfficialService officials, String login) {
        Official official = officials.find(login).filter(Official::enabled).orElseThrow(() ->
                new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(StandardClaimNames.SUB, official.login());
        claims.putAll(DvkClaims.of(official));
        claims.putAll(DvkClaims.idTokenExtras(official));
        return new OidcUserInfo(claims);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, PasswordEncoder encoder,
                                                          CurrentUnitDirectory units) {
        return new InMemoryRegisteredClientRepository(ClientRegistrations.from(properties, encoder, units.get()));
    }

    @Bean
    MongoAuthorizationService authorizationService(MongoTemplate mongo, RegisteredClientRepository clients,
                                                   Clock clock) {
        return new MongoAuthorizationService(mongo, clients, clock);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(MongoTemplate mongo, Clock clock) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.current(mongo, clock)));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> dvkTokenCustomizer(OfficialService officials,
                                                                 IdentityProperties properties) {
        return new DvkTokenCustomizer(officials, properties);
    }

    /**
     * Decodes the provider's own access tokens for the admin API and userinfo on its own keys (it need not ask
     * itself over HTTP), with the checks every dvk resource server makes: signature, expiry, issuer, audience.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, IdentityProperties properties, DvkProperties dvk) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(AccessAutoConfiguration.tokenValidator(properties.issuer(), properties.audience(),
                dvk.oidc().clockSkew()));
        return decoder;
    }

    @Bean
    AuthorizationPurge authorizationPurge(MongoAuthorizationService authorizations) {
        return new AuthorizationPurge(authorizations);
    }

    /** Removes expired authorizations every ten minutes. */
    static final class AuthorizationPurge {

        private final MongoAuthorizationService authorizations;

        AuthorizationPurge(MongoAuthorizationService authorizations) {
            this.authorizations = authorizations;
        }

        @Scheduled(fixedDelayString = "${dvk.identity.purge-interval:10m}", initialDelayString = "1m")
        void purge() {
            long removed = authorizations.purgeExpired();
            if (removed > 0) {
                LoggerFactory.getLogger(AuthorizationPurge.class).info("{} expired authorizations removed", removed);
            }
        }
    }
}
