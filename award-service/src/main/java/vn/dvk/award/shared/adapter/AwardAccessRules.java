package vn.dvk.award.shared.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.contracts.catalog.Role;

/**
 * Who may change what in award-service: a unit's clerk keeps the person registry and prepares, documents and submits
 * proposals; the clerk or the council publish the list and record and answer comments; the council of the issuing
 * unit attests, overrides, votes and returns; its chairman decides. Every official reads within his subtree.
 */
@Configuration(proxyBeanMethods = false)
class AwardAccessRules {

    private static final String CLERK = Role.UNIT_CLERK.name();
    private static final String COUNCIL = Role.COUNCIL_MEMBER.name();

    @Bean
    AccessRules awardRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.POST, "/api/v1/people").hasAnyRole(CLERK, Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/people/*").hasAnyRole(CLERK, Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/proposals", "/api/v1/proposals/*/documents",
                        "/api/v1/proposals/*:submit").hasRole(CLERK)
                .requestMatchers(HttpMethod.POST, "/api/v1/proposals/*/disclosure", "/api/v1/proposals/*/comments",
                        "/api/v1/proposals/*/comments/*/answer").hasAnyRole(CLERK, COUNCIL)
                .requestMatchers(HttpMethod.POST, "/api/v1/proposals/*/attestations", "/api/v1/proposals/*/overrides",
                        "/api/v1/proposals/*/votes", "/api/v1/proposals/*:return").hasRole(COUNCIL)
                .requestMatchers(HttpMethod.POST, "/api/v1/proposals/*/decision").hasRole(Role.CHAIRMAN.name());
    }
}
