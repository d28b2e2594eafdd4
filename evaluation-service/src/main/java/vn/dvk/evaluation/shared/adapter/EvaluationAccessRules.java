package vn.dvk.evaluation.shared.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.contracts.catalog.Role;

/**
 * Who may record what: the Steering Committee reviews, plans and records inspections, evaluates (and corrects or
 * cancels its reviews, inspections and evaluations), sets a campaign's
 * weights and deadlines, and records ratings and titles; a unit's clerk files its models' self-assessments. Every
 * official reads within his subtree (the platform's default).
 */
@Configuration(proxyBeanMethods = false)
class EvaluationAccessRules {

    @Bean
    AccessRules evaluationRules() {
        String steering = Role.STEERING_MEMBER.name();
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.POST, "/api/v1/reviews", "/api/v1/reviews/*/cancellation",
                        "/api/v1/inspection-plans",
                        "/api/v1/inspection-plans/*/inspections", "/api/v1/inspections/*/cancellation",
                        "/api/v1/inspections/*/correction", "/api/v1/evaluations",
                        "/api/v1/evaluations/*/cancellation", "/api/v1/evaluations/*/correction", "/api/v1/task-ratings",
                        "/api/v1/task-ratings:import", "/api/v1/titles", "/api/v1/titles:import").hasRole(steering)
                .requestMatchers(HttpMethod.PUT, "/api/v1/campaigns/*/evaluation-weights",
                        "/api/v1/campaigns/*/deadlines").hasRole(steering)
                .requestMatchers(HttpMethod.POST, "/api/v1/self-assessments").hasRole(Role.UNIT_CLERK.name());
    }
}
