package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvk.testsupport.ServiceClient;

/**
 * What every service offers an operator once started from its jar, whatever it does: readiness that checks Kafka and
 * the store, health, Prometheus metrics including the outbox backlog, its OpenAPI document and the shared catalogue.
 */
@OnTheSharedStack
class ServiceChassisSystemTest {

    static Stream<ServiceProcess> services() {
        SystemUnderTest system = SystemUnderTest.get();
        return Stream.of(system.registration, system.evaluation, system.reporting, system.notification,
                system.award());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void the_service_is_ready_and_serves_health_metrics_api_docs_and_the_catalog(ServiceProcess service) {
        ServiceClient.Reply readiness = SystemUnderTest.get(service, "/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"kafka\"").contains("\"mongo\"");
        assertThat(SystemUnderTest.get(service, "/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(SystemUnderTest.get(service, "/actuator/prometheus").body()).contains("dvk_outbox_backlog");
        assertThat(SystemUnderTest.get(service, "/v3/api-docs").status()).isEqualTo(200);
        assertThat(SystemUnderTest.get(service, "/api/v1/catalog").body()).contains("Cấp cơ sở");
    }
}
