package vn.dvk.systemtest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * registration-, evaluation- and reporting-service started once for the whole system-test JVM, each from its jar in
 * its own process, on the JVM's real Kafka broker and store, with the province as scope; award-service the same way,
 * on the first test that asks for it.
 */
final class SystemUnderTest {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(12);

    private static final Map<String, String> SCOPE = Map.of("DVK_SCOPE", "14");

    private static SystemUnderTest running;

    final ServiceProcess registration;
    final ServiceProcess evaluation;
    final ServiceProcess reporting;
    private volatile ServiceProcess award;

    private SystemUnderTest() {
        String brokers = TestInfrastructure.kafkaBrokers();
        String mongo = TestInfrastructure.mongoUri();
        registration = ServiceProcess.start("registration-service", brokers, mongo, SCOPE);
        evaluation = ServiceProcess.start("evaluation-service", brokers, mongo, SCOPE);
        reporting = ServiceProcess.start("reporting-service", brokers, mongo, SCOPE);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        // Three Spring Boot services start at once on two shared cores; on a loaded machine (other builds beside
        // them) that has taken more than six minutes.
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

    /**
     * award-service, started once the other three are ready: only the award tests need it, and a fourth JVM starting
     * beside three others on two shared cores would slow every start.
     */
    synchronized ServiceProcess award() {
        if (award == null) {
            award = ServiceProcess.start("award-service", TestInfrastructure.kafkaBrokers(),
                    TestInfrastructure.mongoUri(), SCOPE);
            award.awaitReady(READY_TIMEOUT);
        }
        return award;
    }

    private void stop() {
        ServiceProcess started = award;
        if (started == null) {
            ServiceProcess.closeAll(registration, evaluation, reporting);
        } else {
            ServiceProcess.closeAll(registration, evaluation, reporting, started);
        }
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
