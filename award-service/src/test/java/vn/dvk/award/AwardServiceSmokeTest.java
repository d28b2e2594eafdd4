package vn.dvk.award;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

@DvkIntegrationTest
class AwardServiceSmokeTest {

    @LocalServerPort
    int port;

    private ServiceClient.Reply get(String path) {
        return new ServiceClient(port).get(path);
    }

    @Test
    void the_service_is_ready_and_serves_health_metrics_api_docs_and_the_catalog() {
        ServiceClient.Reply readiness = get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"kafka\"").contains("\"mongo\"");
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/prometheus").body()).contains("dvk_outbox_backlog");
        assertThat(get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(get("/api/v1/catalog").body()).contains("Cấp cơ sở");
    }
}
