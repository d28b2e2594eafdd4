package vn.dvk.systemtest;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * registration-, evaluation-, reporting- and notification-service started once for the whole system-test JVM, each
 * from its jar in its own process, on the JVM's real Kafka broker and store, with the province as scope; award-service
 * the same way, on the first test that asks for it. notification-service mails through a GreenMail server of this JVM
 * ({@link #mail}) and retries every few seconds, so that a minute without SMTP is a handful of failed attempts rather
 * than the last one.
 */
final class SystemUnderTest {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(12);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final Map<String, String> SCOPE = Map.of("DVK_SCOPE", "14");
    /** Where the links in notifications point. */
    static final String PORTAL = "http://127.0.0.1:8090";

    private static SystemUnderTest running;
    private static RuntimeException failedStart;

    final ServiceProcess registration;
    final ServiceProcess evaluation;
    final ServiceProcess reporting;
    final ServiceProcess notification;
    final LocalMailServer mail;
    private volatile ServiceProcess award;

    private SystemUnderTest() {
        String brokers = TestInfrastructure.kafkaBrokers();
        String mongo = TestInfrastructure.mongoUri();
        registration = ServiceProcess.start("registration-service", brokers, mongo, SCOPE);
        evaluation = ServiceProcess.start("evaluation-service", brokers, mongo, SCOPE);
        reporting = ServiceProcess.start("reporting-service", brokers, mongo, SCOPE);
        mail = new LocalMailServer();
        notification = ServiceProcess.start("notification-service", brokers, mongo, Map.of("DVK_SCOPE", "14",
                "DVK_SMTP_HOST", "127.0.0.1",
                "DVK_SMTP_PORT", Integer.toString(mail.smtpPort()),
                "DVK_PORTAL_URL", PORTAL,
                "DVK_NOTIFICATION_DELIVERY_FIRSTRETRY", "2s",
                "DVK_NOTIFICATION_DELIVERY_LONGESTWAIT", "10s",
                "DVK_NOTIFICATION_DELIVERY_MAXATTEMPTS", "30",
                "DVK_NOTIFICATION_DELIVERY_SWEEPINTERVAL", "1s",
                "DVK_NOTIFICATION_WEBHOOK_FIRSTWAIT", "200ms"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        // Four Spring Boot services start at once on two shared cores; on a loaded machine (other builds beside
        // them) that has taken more than six minutes.
        try {
            registration.awaitReady(READY_TIMEOUT);
            evaluation.awaitReady(READY_TIMEOUT);
            reporting.awaitReady(READY_TIMEOUT);
            notification.awaitReady(READY_TIMEOUT);
        } catch (RuntimeException notReady) {
            stop();
            throw notReady;
        }
    }

    /**
     * The running services, started on first use. A start that failed is not tried again by the next test: it
     * would only add four more starting processes to a machine that was too busy for the first four.
     */
    static synchronized SystemUnderTest get() {
        if (failedStart != null) {
            throw new IllegalStateException("the services did not start for an earlier test", failedStart);
        }
        if (running == null) {
            try {
                running = new SystemUnderTest();
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
        }
        return running;
    }

    /**
     * award-service, started once the other four are ready: only the award tests need it, and a fifth JVM starting
     * beside four others on two shared cores would slow every start.
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
            ServiceProcess.closeAll(registration, evaluation, reporting, notification);
        } else {
            ServiceProcess.closeAll(registration, evaluation, reporting, notification, started);
        }
        mail.close();
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

    /** The model's status as registration-service answers it now. */
    String modelStatus(String modelId) {
        return get(registration, "/api/v1/models/" + modelId).json().path("status").asString();
    }

    /** Waits until registration-service shows the model in {@code expected}, as the events reach it. */
    void awaitModelStatus(String modelId, String expected, Duration atMost) {
        await("model " + modelId + " becomes " + expected).atMost(atMost).pollInterval(POLL)
                .until(() -> expected.equals(modelStatus(modelId)));
    }

    /**
     * Sends a command again until it is created (201): it is refused only while its service has not yet consumed
     * the event it depends on (a model's latest status, a plan).
     */
    static ServiceClient.Reply retriedUntilCreated(Duration atMost, Supplier<ServiceClient.Reply> command) {
        ServiceClient.Reply[] last = new ServiceClient.Reply[1];
        await().atMost(atMost).pollInterval(POLL).until(() -> {
            last[0] = command.get();
            return last[0].status() == 201;
        });
        return last[0];
    }
}
