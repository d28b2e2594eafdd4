package vn.dvk.identity.signin.adapter;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.dvk.identity.official.application.OfficialService;
import vn.dvk.identity.official.domain.LockoutPolicy;

/**
 * The sign-in page (form login with CSRF), its style sheet and the sign-out; the provider's endpoints have their own
 * chain before it, and everything else (the admin API, health, API documentation) is the platform's resource-server
 * chain after it. Security headers on every answer: no framing, no sniffing, a content
 * security policy that allows only this origin's style sheet, no referrer to other origins.
 */
@Configuration(proxyBeanMethods = false)
public class SignInConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String LOGOUT = "/logout";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain signInChain(HttpSecurity http, OfficialService officials) throws Exception {
        http.securityMatcher(LOGIN_PAGE, LOGOUT, "/css/**", "/favicon.ico")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/css/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .failureHandler(new SignInFailureHandler(officials))
                        .successHandler(new SignInSuccessHandler(officials)))
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** bcrypt for new hashes; the {@code {id}} prefix lets a later change of encoder read older hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LockoutPolicy lockoutPolicy(@Value("${dvk.identity.lockout.max-failures:5}") int maxFailures,
                                @Value("${dvk.identity.lockout.duration:15m}") Duration duration) {
        return new LockoutPolicy(maxFailures, duration);
    }
}
