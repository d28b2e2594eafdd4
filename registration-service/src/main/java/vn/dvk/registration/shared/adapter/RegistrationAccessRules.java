package vn.dvk.registration.shared.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.contracts.catalog.Role;

/**
 * Who may change what in the registry: a unit's clerk registers, edits, withdraws and imports its models; the Steering
 * Committee issues campaigns and plans. Every official reads within his subtree (the platform's default).
 */
@Configuration(proxyBeanMethods = false)
class RegistrationAccessRules {

    @Bean
    AccessRules registrationRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.POST, "/api/v1/models", "/api/v1/models:import",
                        "/api/v1/models/*/withdrawal").hasRole(Role.UNIT_CLERK.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/models/*").hasRole(Role.UNIT_CLERK.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/campaigns").hasRole(Role.STEERING_MEMBER.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/campaigns/*").hasRole(Role.STEERING_MEMBER.name());
    }
}
