package vn.dvk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestTokens;

/** Bodies are bounded however they are sent: a chunked body announces no length and is cut at the limit. */
@DvkIntegrationTest
class RequestLimitsTest {

    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void a_fifty_megabyte_chunked_json_body_is_refused_with_413_and_the_service_stays_healthy() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/records"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.superuser())
                .POST(HttpRequest.BodyPublishers.ofInputStream(EndlessJson::new))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("payload-too-large");
        assertThat(new ServiceClient(port).get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    /** {"text": "xxxx…"} of fifty megabytes, produced as it is read, never held in memory. */
    private static final class EndlessJson extends InputStream {

        private static final byte[] HEAD = "{\"unitCode\": \"04096\", \"text\": \"".getBytes(StandardCharsets.UTF_8);
        private long position;

        @Override
        public int read() {
            if (position >= FIFTY_MEGABYTES) {
                return -1;
            }
            int value = position < HEAD.length ? HEAD[(int) position] : (position == FIFTY_MEGABYTES - 2 ? '"'
                    : position == FIFTY_MEGABYTES - 1 ? '}' : 'x');
            position++;
            return value;
        }
    }
}
