package vn.dvk.platform.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.platform.access.CallerParameter;
import vn.dvk.platform.access.CurrentCaller;
import vn.dvk.platform.access.TokenCallers;
import vn.dvk.platform.access.VisibilityCheck;
import vn.dvk.platform.audit.AuditController;
import vn.dvk.platform.audit.AuditFilter;
import vn.dvk.platform.audit.AuditTrail;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.web.ProblemResponses;

/**
 * Every service is an OAuth2 resource server: an {@code /api/**} call carries a JWT from the OIDC provider
 * ({@code DVK_OIDC_ISSUER}), checked for issuer, audience and time; the official it names, with home unit and roles,
 * is the request's {@link vn.dvk.platform.domain.Caller}. No token answers 401, a role that may not act 403,
 * both as problem+json. Health and the API documentation stay open.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class,
        beforeName = {"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableWebSecurity
@Import(AuditController.class)
public class AccessAutoConfiguration {

    private static final BearerTokenAuthenticationEntryPoint BEARER_CHALLENGE =
            new BearerTokenAuthenticationEntryPoint();

    @Bean
    VisibilityCheck visibilityCheck(InstanceScope scope) {
        return new VisibilityCheck(scope);
    }

    @Bean
    WebMvcConfigurer callerBinding(CurrentCaller currentCaller) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerParameter(currentCaller));
            }
        };
    }

    /**
     * What every access token must satisfy: issued by {@code issuer}, naming {@code audience} among its audiences,
     * valid now within {@code clockSkew}. A provider that checks its own tokens (identity-service) uses it too.
     */
    public static OAuth2TokenValidator<Jwt> tokenValidator(String issuer, String audience, Duration clockSkew) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(clockSkew),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audiences -> audiences != null && audiences.contains(audience)));
    }

    /**
     * The provider's keys are fetched on the first token, not at start-up, so that a service starts while the
     * provider is still starting. The OIDC provider itself declares its own decoder, on its own keys.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(DvkProperties properties) {
        DvkProperties.Oidc oidc = properties.oidc();
        OAuth2TokenValidator<Jwt> validator = tokenValidator(oidc.issuer(), oidc.audience(), oidc.clockSkew());
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(5));
        timeouts.setReadTimeout(Duration.ofSeconds(30));
        RestTemplate provider = new RestTemplate(timeouts);
        JwtDecoder lazy = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (oidc.jwkSetUri() == null || oidc.jwkSetUri().isBlank()
                    ? NimbusJwtDecoder.withIssuerLocation(oidc.issuer())
                    : NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri())).restOperations(provider).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
        return token -> {
            try {
                return lazy.decode(token);
            } catch (JwtDecoderInitializationException unreachable) {
                throw new AuthenticationServiceException("the OIDC provider " + oidc.issuer() + " is unreachable",
                        unreachable);
            }
        };
    }

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo) {
        return new AuditTrail(mongo);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, List<AccessRules> serviceRules,
                                    ProblemResponses problems, AuditTrail auditTrail, CurrentCaller callers,
                                    CurrentUnitDirectory directory, Clock clock) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(endpoints -> {
                    endpoints.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                            .permitAll();
                    endpoints.requestMatchers("/actuator/**").hasRole("ADMIN");
                    endpoints.requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/**")
                            .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name());
                    serviceRules.forEach(rules -> rules.apply(endpoints));
                    endpoints.requestMatchers(HttpMethod.GET, "/api/**").authenticated();
                    endpoints.requestMatchers("/api/**").denyAll();
                    endpoints.anyRequest().permitAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new TokenCallers()))
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                // By default an unreachable provider is rethrown and answered 500; say 503 instead.
                                filter.setAuthenticationFailureHandler((request, response, failure) ->
                                        unauthenticated(problems, request, response, failure));
                                return filter;
                            }
                        })
                        .authenticationEntryPoint((request, response, failure) -> unauthenticated(problems, request,
                                response, failure)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> unauthenticated(problems, request,
                                response, failure))
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden-role", "Không có quyền",
                                "Vai trò của bạn không được thực hiện thao tác này.")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; object-src 'none';"
                                + " base-uri 'self'"))
                        .frameOptions(frame -> frame.deny()))
                // Inside authentication, around authorisation: refused requests are audited with their outcome.
                .addFilterAfter(new AuditFilter(auditTrail, callers, directory, clock),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * 401 for a missing or bad token, with the {@code WWW-Authenticate: Bearer} challenge RFC 6750 asks for; 503 when
     * the provider's keys cannot be fetched to check a token at all.
     */
    private static void unauthenticated(ProblemResponses problems, HttpServletRequest request,
                                        HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                    "Không kiểm tra được đăng nhập", "Máy chủ đăng nhập (OIDC) đang không trả lời; hãy thử lại sau ít"
                            + " phút.");
            return;
        }
        BEARER_CHALLENGE.commence(request, response, failure);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Chưa đăng nhập",
                "Yêu cầu cần mã truy cập (Authorization: Bearer …) hợp lệ; hãy đăng nhập lại.");
    }
}
