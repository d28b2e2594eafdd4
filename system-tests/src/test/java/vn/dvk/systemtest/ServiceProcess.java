package vn.dvk.systemtest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;
import vn.dvk.localstack.process.ServiceLaunch;
import vn.dvk.localstack.store.StoreProcess;
import vn.dvk.testsupport.KafkaBrokerProcess;
import vn.dvk.testsupport.TestTokens;

/** One service started from its packaged jar in its own JVM, exactly as ./dvk starts it, on a free port. */
final class ServiceProcess implements AutoCloseable {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final JavaProcess process;
    private final int port;

    private ServiceProcess(String name, JavaProcess process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /** Starts the service against the given broker and store, with extra environment variables. */
    static ServiceProcess start(String name, String brokers, String mongoUri, Map<String, String> environment) {
        return start(name, name, brokers, mongoUri, environment);
    }

    /**
     * Starts an instance of the service serving {@code scope} ({@code DVK_SCOPE}) with nothing else set, logging to
     * a file of its own so that instances of several scopes can run side by side.
     */
    static ServiceProcess startScoped(String name, String scope, String brokers, String mongoUri) {
        return startScoped(name, scope, brokers, mongoUri, Map.of());
    }

    /** The same, with settings that are not about where it keeps its data (a mail server, say). */
    static ServiceProcess startScoped(String name, String scope, String brokers, String mongoUri,
                                      Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("DVK_SCOPE", scope);
        return start(name, name + "-" + scope, brokers, mongoUri, environment);
    }

    /** The same, logging to {@code target/system-test-logs/<logName>.log}: for instances of one service side by side. */
    static ServiceProcess start(String name, String logName, String brokers, String mongoUri,
                                Map<String, String> environment) {
        Path jar = ServiceLaunch.builtJar(REPOSITORY, name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services before the system tests");
        }
        int port = Ports.free();
        JavaProcess process = ServiceLaunch.of(name, jar, port, brokers, mongoUri)
                .environment("DVK_OUTBOX_POLLINTERVAL", "100ms")
                .environment("DVK_OIDC_ISSUER", TestTokens.issuer())
                .environment(environment)
                .log(Path.of("target", "system-test-logs", logName + ".log"))
                .start();
        return new ServiceProcess(name, process, port);
    }

    /**
     * Starts the services in order, at most {@code atOnce} of them starting at a time: the next one once the oldest
     * still starting is ready. A dozen JVMs starting together on two cores mostly wait for each other; a few at a
     * time keep the cores busy without thrashing. Returns them all ready, in the order given; stops those started
     * when one does not become ready.
     */
    static List<ServiceProcess> startInWaves(List<Supplier<ServiceProcess>> launches, int atOnce,
                                             Duration readyTimeout) {
        List<ServiceProcess> started = new ArrayList<>();
        Deque<ServiceProcess> starting = new ArrayDeque<>();
        try {
            for (Supplier<ServiceProcess> launch : launches) {
                if (starting.size() == atOnce) {
                    starting.removeFirst().awaitReady(readyTimeout);
                }
                ServiceProcess service = launch.get();
                started.add(service);
                starting.addLast(service);
            }
            starting.forEach(service -> service.awaitReady(readyTimeout));
        } catch (RuntimeException notReady) {
            closeAll(started.toArray(ServiceProcess[]::new));
            throw notReady;
        }
        return started;
    }

    /** Waits until the service's readiness probe answers 200. */
    ServiceProcess awaitReady(Duration timeout) {
        process.awaitHttpOk(ServiceLaunch.readiness("127.0.0.1", port), timeout);
        return this;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public String toString() {
        return name;
    }

    /** SIGKILL: the service gets no chance to finish a batch, commit an offset or leave its consumer group. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.stop(STOP_GRACE);
    }

    /** Stops the services together, so that the JVM's exit waits for one grace period, not one per service. */
    static void closeAll(ServiceProcess... services) {
        JavaProcess.stopAll(Arrays.stream(services).map(service -> service.process).toList(), STOP_GRACE,
                stubborn -> { });
    }

    /**
     * Stops a stack of separate processes in the order that leaves no service writing to a stopped store or broker:
     * the services, then the store, then the broker (either may be null when its start failed).
     */
    static void stopStack(List<ServiceProcess> services, StoreProcess store, KafkaBrokerProcess kafka) {
        try {
            closeAll(services.toArray(ServiceProcess[]::new));
        } finally {
            try {
                if (store != null) {
                    store.stop();
                }
            } finally {
                if (kafka != null) {
                    kafka.stop();
                }
            }
        }
    }
}
