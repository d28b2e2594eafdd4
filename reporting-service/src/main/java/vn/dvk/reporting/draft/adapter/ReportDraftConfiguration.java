package vn.dvk.reporting.draft.adapter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.reporting.draft.application.ReportClock;

/**
 * Who writes a unit's report: its clerk and its Steering Committee members edit the draft; a Steering Committee
 * member or the chairman submits it. Every official reads within his subtree (the platform's default for GETs).
 */
@Configuration(proxyBeanMethods = false)
class ReportDraftConfiguration {

    private static final String CLERK = Role.UNIT_CLERK.name();
    private static final String STEERING = Role.STEERING_MEMBER.name();

    @Bean
    AccessRules reportDraftRules() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.POST, "/api/v1/reports/*:submit").hasAnyRole(STEERING,
                        Role.CHAIRMAN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/reports").hasAnyRole(CLERK, STEERING)
                .requestMatchers(HttpMethod.PUT, "/api/v1/reports/*").hasAnyRole(CLERK, STEERING);
    }

    /** {@code dvk.reports.clock}: an ISO instant that fixes the reporting calendar; blank for the system clock. */
    @Bean
    ReportClock reportClock(Clock clock, @Value("${dvk.reports.clock:}") String fixed) {
        return new ReportClock(fixed.isBlank() ? clock : Clock.fixed(Instant.parse(fixed.strip()), ZoneOffset.UTC));
    }
}
