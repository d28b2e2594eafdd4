package vn.dvk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.testsupport.DvkIntegrationTest;

@DvkIntegrationTest
class RegistrationServiceSmokeTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_service_is_ready_and_serves_health_metrics_api_docs_and_the_catalog() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"kafka\"").contains("\"mongo\"");
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/prometheus").body()).contains("dvk_outbox_backlog");
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/catalog").body()).contains("Cấp cơ sở");
    }
}
