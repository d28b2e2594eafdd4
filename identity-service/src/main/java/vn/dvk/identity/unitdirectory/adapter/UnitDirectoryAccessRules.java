package vn.dvk.identity.unitdirectory.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.access.AccessRules;

/** The unit directory's administration, reading included (who imported what), is the administrator's. */
@Configuration(proxyBeanMethods = false)
class UnitDirectoryAccessRules {

    @Bean
    AccessRules unitDirectoryRules() {
        return endpoints -> endpoints
                .requestMatchers(UnitDirectoryController.PATH, UnitDirectoryController.PATH + "/**")
                .hasRole(Role.ADMIN.name());
    }
}
