package vn.dvk.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * registration-, evaluation- and reporting-service started once for the whole system-test JVM, each from its jar in
 * its own process, on the JVM's real Kafka broker and store, with the province as scope.
 */
final class SystemUnderTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SystemUnderTest running;

    final ServiceProcess registration;
    final ServiceProcess evaluation;
    final ServiceProcess reporting;

    private SystemUnderTest() {
        String brokers = TestInfrastructure.kafkaBrokers();
        String mongo = TestInfrastructure.mongoUri();
        Map<String, String> scope = Map.of("DVK_SCOPE", "14");
        registration = ServiceProcess.start("registration-service", brokers, mongo, scope);
        evaluation = ServiceProcess.start("evaluation-service", brokers, mongo, scope);
        reporting = ServiceProcess.start("reporting-service", brokers, mongo, scope);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        registration.awaitReady(Duration.ofMinutes(3));
        evaluation.awaitReady(Duration.ofMinutes(3));
        reporting.awaitReady(Duration.ofMinutes(3));
    }

    static synchronized SystemUnderTest get() {
        if (running == null) {
            running = new SystemUnderTest();
        }
        return running;
    }

    private void stop() {
        registration.close();
        evaluation.close();
        reporting.close();
    }

    /** A response with its parsed JSON body (or null when the body is not JSON). */
    record Response(int status, String body, JsonNode json, HttpResponse<String> raw) {
    }

    static Response send(ServiceProcess service, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.url(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (response.body() != null && (response.body().startsWith("{") || response.body().startsWith("["))) {
                json = JSON.readTree(response.body());
            }
            return new Response(response.statusCode(), response.body(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Response get(ServiceProcess service, String path) {
        return send(service, "GET", path, null, Map.of());
    }

    static Response post(ServiceProcess service, String path, String body) {
        return send(service, "POST", path, body, Map.of());
    }

    static URI url(ServiceProcess service, String path) {
        return service.url(path);
    }
}
