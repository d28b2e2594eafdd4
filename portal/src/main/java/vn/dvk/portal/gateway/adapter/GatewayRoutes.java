package vn.dvk.portal.gateway.adapter;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.rewritePath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import vn.dvk.portal.shared.adapter.PortalSettings;
import vn.dvk.portal.shared.adapter.ServiceClients;

/**
 * {@code /api/<service>/**} goes to that service's {@code /api/**} with the signed-in official's access token
 * (renewed when it has expired); the portal's own cookie stays here. One prefix per service rather than a table of
 * paths: the services share path names ({@code /api/v1/catalog}, {@code /api/v1/audit}, {@code /api/v1/campaigns}),
 * and an endpoint a service adds is reachable without touching the portal.
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

    /** Before Spring Security, whose filters are the first to ask a request for its parameters. */
    @Bean
    FilterRegistrationBean<RelayedBodyFilter> relayedBodiesUnread() {
        FilterRegistrationBean<RelayedBodyFilter> registration = new FilterRegistrationBean<>(new RelayedBodyFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(PortalSettings settings) {
        PortalSettings.Services services = settings.portal().services();
        Map<String, URI> byPrefix = new LinkedHashMap<>();
        byPrefix.put("registration", services.registration());
        byPrefix.put("evaluation", services.evaluation());
        byPrefix.put("award", services.award());
        byPrefix.put("reporting", services.reporting());
        byPrefix.put("notification", services.notification());
        byPrefix.put("identity", settings.identityService());
        RouterFunction<ServerResponse> routes = null;
        for (Map.Entry<String, URI> service : byPrefix.entrySet()) {
            String prefix = "/api/" + service.getKey();
            RouterFunction<ServerResponse> one = route(service.getKey() + "-api")
                    .route(path(prefix + "/**"), http())
                    .before(uri(service.getValue()))
                    .before(rewritePath(prefix + "/(?<rest>.*)", "/api/${rest}"))
                    .before(removeRequestHeader(HttpHeaders.COOKIE))
                    .filter(tokenRelay(ServiceClients.REGISTRATION_ID))
                    .build();
            routes = routes == null ? one : routes.and(one);
        }
        return routes;
    }
}
