package vn.dvk.systemtest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * registration-, evaluation- and reporting-service started once for the whole system-test JVM, each from its jar in
 * its own process, on the JVM's real Kafka broker and store, with the province as scope.
 */
final class SystemUnderTest {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);

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
        // Three Spring Boot services start at once on two shared cores; on a loaded machine that takes minutes.
        registration.awaitReady(READY_TIMEOUT);
        evaluation.awaitReady(READY_TIMEOUT);
        reporting.awaitReady(READY_TIMEOUT);
    }

    static synchronized SystemUnderTest get() {
        if (running == null) {
            running = new SystemUnderTest();
        }
        return running;
    }

    private void stop() {
        ServiceProcess.closeAll(registration, evaluation, reporting);
    }

    static ServiceClient.Reply send(ServiceProcess service, String method, String path, String json,
            Map<String, String> headers) {
        return new ServiceClient(service.url("")).send(method, path,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), json == null ? null : "application/json",
                headers);
    }

    static ServiceClient.Reply get(ServiceProcess service, String path) {
        return new ServiceClient(service.url("")).get(path);
    }

    static ServiceClient.Reply post(ServiceProcess service, String path, String json) {
        return new ServiceClient(service.url("")).post(path, json);
    }
}
