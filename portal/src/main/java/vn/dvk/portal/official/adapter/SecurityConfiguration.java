package vn.dvk.portal.official.adapter;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.dvk.portal.shared.adapter.PortalSettings;

/**
 * Officials sign in at the OIDC provider (authorization code with PKCE); the tokens stay in the server-side session
 * and the browser holds only the session cookie (HttpOnly, SameSite=Lax: the provider's redirect back is a top-level
 * navigation). Forms carry a CSRF token; {@code /api/**} without a session answers 401 instead of a redirect.
 * Signing out ends the session here and at the provider.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String SIGN_IN = "/oauth2/authorization/" + DiscoveredClientRegistrations.REGISTRATION_ID;

    @Bean
    ClientRegistrationRepository clientRegistrations(PortalSettings settings) {
        return new DiscoveredClientRegistrations(settings);
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the session's access token and renews it with the refresh token when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository clients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                       OAuth2AuthorizedClientRepository clients, PortalSettings settings)
            throws Exception {
        URI issuer = settings.oidc().issuer();
        // Signing out is a form whose answer redirects to the provider: the policy must let that form go there.
        String provider = issuer.getScheme() + "://" + issuer.getAuthority();
        OidcClientInitiatedLogoutSuccessHandler providerLogout =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        providerLogout.setPostLogoutRedirectUri("{baseUrl}/");
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/css/**", "/js/**", "/webjars/**",
                                "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.authorizedClientRepository(clients).loginPage(SIGN_IN))
                .oauth2Client(client -> client.authorizedClientRepository(clients))
                .logout(logout -> logout.logoutSuccessHandler(providerLogout).deleteCookies("DVK_PORTAL_SESSION"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                paths.matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none';"
                                + " object-src 'none'; base-uri 'self'; form-action 'self' " + provider))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new ProviderUnavailableFilter(registrations, SIGN_IN), OAuth2AuthorizationRequestRedirectFilter.class);
        return http.build();
    }
}
