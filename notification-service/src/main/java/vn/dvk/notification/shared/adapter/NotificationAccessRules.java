package vn.dvk.notification.shared.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.contracts.catalog.Role;

/**
 * Who may call what: every official reads his own feed, marks it read and manages his own subscriptions (the
 * services check whose they are); the delivery log, the failed messages and resending are the administrators'.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccessRules {

    @Bean
    AccessRules notificationRules() {
        return endpoints -> endpoints
                .requestMatchers("/api/v1/notifications/failed", "/api/v1/notifications/failed/**",
                        "/api/v1/notifications/deliveries", "/api/v1/notifications/deliveries/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/notifications/*/read", "/api/v1/notifications/read")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/subscriptions").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/v1/subscriptions/*").authenticated()
                .requestMatchers(HttpMethod.DELETE, "/api/v1/subscriptions/*").authenticated();
    }
}
