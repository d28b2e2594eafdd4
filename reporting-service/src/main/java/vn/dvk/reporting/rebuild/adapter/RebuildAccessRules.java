package vn.dvk.reporting.rebuild.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.contracts.catalog.Role;

/** Rebuilding the read models, and watching its progress, is an administrator's act. */
@Configuration(proxyBeanMethods = false)
class RebuildAccessRules {

    @Bean
    AccessRules rebuildRules() {
        return endpoints -> endpoints.requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name());
    }
}
