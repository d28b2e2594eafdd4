package vn.dvk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * A body the service cannot read is the sender's mistake: it answers 400 or 415 problem+json, never 500, whether the
 * endpoint takes JSON or an upload. A multipart body is parsed before the endpoint is chosen, so an unreadable one is
 * 400 even where JSON is expected.
 */
@DvkIntegrationTest
class MalformedBodiesTest {

    private static final String CUT_MULTIPART = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; "
            + "filename=\"a.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004abc";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/records        | multipart without boundary | multipart/form-data                  | 400",
            "/api/v1/records        | cut multipart              | multipart/form-data; boundary=b0undary | 400",
            "/api/v1/records        | truncated JSON             | application/json                     | 400",
            "/api/v1/records        | plain text                 | text/plain                           | 415",
            "/api/v1/records        | JSON that is an array      | application/json                     | 400",
            "/api/v1/records/import | multipart without boundary | multipart/form-data                  | 400",
            "/api/v1/records/import | cut multipart              | multipart/form-data; boundary=b0undary | 400",
            "/api/v1/records/import | truncated JSON             | application/json                     | 415",
    })
    void an_unreadable_body_is_refused_with_a_problem(String path, String kind, String contentType, int status) {
        String body = switch (kind) {
            case "cut multipart" -> CUT_MULTIPART;
            case "truncated JSON" -> "{\"unitCode\": \"04096\", \"text\": \"Mô h";
            case "JSON that is an array" -> "[1, 2]";
            default -> "file=abc";
        };
        ServiceClient.Reply reply = new ServiceClient(port).send("POST", path,
                body.getBytes(StandardCharsets.UTF_8), contentType, Map.of());

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).isNotBlank();
    }
}
