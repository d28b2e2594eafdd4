package vn.dvk.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import vn.dvk.testsupport.TestTokens;

/** One service started from its packaged jar in its own JVM, as ./dvk and a deployment start it. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private Process process;

    private ServiceProcess(String name) {
        this.name = name;
        this.port = freePort();
        this.log = Path.of("target", "system-test-logs", name + ".log");
    }

    /** Starts the service against the given broker and store, with extra environment variables. */
    static ServiceProcess start(String name, String brokers, String mongoUri, Map<String, String> environment) {
        ServiceProcess service = new ServiceProcess(name);
        service.launch(brokers, mongoUri, environment);
        return service;
    }

    private void launch(String brokers, String mongoUri, Map<String, String> environment) {
        Path jar = Path.of("..", name, "target", name + ".jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services before the system tests");
        }
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("SERVER_PORT", Integer.toString(port));
            builder.environment().put("DVK_KAFKA_BROKERS", brokers);
            builder.environment().put("DVK_MONGO_URI", mongoUri);
            builder.environment().put("DVK_OIDC_ISSUER", TestTokens.issuer());
            builder.environment().put("DVK_OUTBOX_POLLINTERVAL", "100ms");
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the service's readiness probe answers 200. */
    ServiceProcess awaitReady(Duration timeout) {
        Awaitility.await(name + " ready (log: " + log.toAbsolutePath() + ")").atMost(timeout)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see " + log.toAbsolutePath());
                    }
                    try {
                        return HTTP.send(HttpRequest.newBuilder(url("/actuator/health/readiness")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
        return this;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
