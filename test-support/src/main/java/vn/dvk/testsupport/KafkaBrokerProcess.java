package vn.dvk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A real single-node KRaft broker in its own JVM, from Kafka's own classes on the test classpath, on fixed ports,
 * for tests that take the broker away and bring it back (same address, same data directory).
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private Process process;

    public KafkaBrokerProcess(Path directory) {
        this.directory = directory;
        this.port = freePort();
        this.controllerPort = freePort();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Formats the storage on first start, then runs the broker and waits until it accepts connections. */
    public synchronized void start() {
        try {
            Path config = directory.resolve("server.properties");
            Path data = directory.resolve("data");
            Files.createDirectories(data);
            Files.writeString(config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "controller.listener.names=CONTROLLER",
                    "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                    "log.dirs=" + data.toAbsolutePath(),
                    "num.partitions=1",
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0", ""));
            if (!Files.exists(data.resolve("meta.properties"))) {
                run(List.of("kafka.tools.StorageTool", "format", "--standalone", "--config", config.toString(),
                        "--cluster-id", UUID.randomUUID().toString().replace("-", "").substring(0, 22)), true);
            }
            process = run(List.of("kafka.Kafka", config.toString()), false);
            awaitPort(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the broker (SIGTERM, then SIGKILL) and waits until it is gone. */
    public synchronized void stop() {
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
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Process run(List<String> mainAndArgs, boolean waitForExit) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx384m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        Process started = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile())).start();
        if (waitForExit) {
            try {
                if (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0) {
                    throw new IllegalStateException("Kafka's " + mainAndArgs.get(0) + " failed; see "
                            + directory.resolve("kafka.log"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return started;
    }

    private void awaitPort(Duration timeout) {
        Awaitility.await("Kafka broker listening on " + port + " (log: " + directory.resolve("kafka.log") + ")")
                .atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Kafka broker exited; see " + directory.resolve("kafka.log"));
                    }
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                        return true;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
