package vn.dvk.platform.access;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules of who may call which endpoint, by role. The platform applies every such bean before its
 * defaults: reads under {@code /api/**} need any authenticated official, any other method under {@code /api/**} that
 * no rule names is refused, so that a new write endpoint is closed until a rule opens it.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry endpoints);
}
