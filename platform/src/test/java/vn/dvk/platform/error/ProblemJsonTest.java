package vn.dvk.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

@DvkIntegrationTest
class ProblemJsonTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MongoTemplate mongo;

    private ServiceClient.Reply send(String method, String path, String contentType, String body) {
        return new ServiceClient(port).send(method, path,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, Map.of());
    }

    private JsonNode problem(ServiceClient.Reply response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asInt()).as(response.body()).isEqualTo(status);
        assertThat(body.path("code").asString()).as(response.body()).isNotBlank();
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.dvk");
        return body;
    }

    @Test
    void malformed_json_is_a_400_problem_and_stores_nothing() {
        JsonNode body = problem(send("POST", "/notes", "application/json", "{\"text\": "), 400);

        assertThat(body.path("code").asString()).isEqualTo("malformed-body");
        assertThat(mongo.getCollection("notes").countDocuments()).isZero();
    }

    @Test
    void each_invalid_field_is_named() {
        JsonNode body = problem(send("POST", "/notes", "application/json", "{\"text\": \"  \"}"), 400);

        assertThat(body.path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("text", "unitCode");
        assertThat(body.path("errors").findValuesAsString("message")).contains("không được để trống");
    }

    @Test
    void a_value_of_the_wrong_shape_names_its_field() {
        JsonNode body = problem(send("POST", "/notes", "application/json",
                "{\"text\": \"a\", \"unitCode\": \"124\", \"date\": \"31/02/2022\"}"), 400);

        assertThat(body.path("errors").findValuesAsString("field")).containsExactly("date");
    }

    @Test
    void unknown_route_wrong_method_and_wrong_media_type_are_problems() {
        problem(send("GET", "/nowhere", null, null), 404);
        problem(send("DELETE", "/notes", null, null), 405);
        problem(send("POST", "/notes", "text/plain", "hello"), 415);
    }

    @Test
    void an_oversize_body_is_a_413_problem() {
        String huge = "{\"text\": \"" + "x".repeat(1_100_000) + "\", \"unitCode\": \"124\"}";

        problem(send("POST", "/notes", "application/json", huge), 413);
    }

    @Test
    void unknown_and_out_of_scope_units_are_refused() {
        JsonNode unknown = problem(send("POST", "/notes", "application/json",
                "{\"text\": \"a\", \"unitCode\": \"99999\"}"), 422);
        JsonNode outside = problem(send("POST", "/notes", "application/json",
                "{\"text\": \"a\", \"unitCode\": \"04105\"}"), 403);

        assertThat(unknown.path("errors").findValuesAsString("field")).containsExactly("unitCode");
        assertThat(outside.path("code").asString()).isEqualTo("out-of-scope");
        assertThat(mongo.getCollection("notes").countDocuments()).isZero();
    }

    @Test
    void the_catalog_lists_codes_with_vietnamese_labels() {
        ServiceClient.Reply response = send("GET", "/api/v1/catalog", null, null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode catalog = json.readTree(response.body());
        assertThat(catalog.path("field").findValuesAsString("label")).contains("Phát triển kinh tế");
        assertThat(catalog.path("status").findValuesAsString("code")).contains("REGISTERED", "WITHDRAWN");
    }

    @Test
    void health_prometheus_and_api_docs_answer() {
        assertThat(send("GET", "/actuator/health/liveness", null, null).status()).isEqualTo(200);
        ServiceClient.Reply readiness = send("GET", "/actuator/health/readiness", null, null);
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("mongo").contains("kafka");
        assertThat(send("GET", "/actuator/prometheus", null, null).body()).contains("dvk_outbox_backlog");
        assertThat(send("GET", "/v3/api-docs", null, null).status()).isEqualTo(200);
    }
}
