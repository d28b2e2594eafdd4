package vn.dvk.identity.official.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.contracts.catalog.Role;

/**
 * Officials' accounts are personal data: reading them is as much an administrator's business as changing them. The
 * platform's resource-server chain applies the rule; the provider's own tokens pass it like any other provider's.
 */
@Configuration(proxyBeanMethods = false)
class OfficialAccessRules {

    @Bean
    AccessRules officialRules() {
        return endpoints -> endpoints
                .requestMatchers("/api/v1/officials", "/api/v1/officials/**", "/api/v1/officials:*")
                .hasRole(Role.ADMIN.name());
    }
}
