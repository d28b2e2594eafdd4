package vn.dvk.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import vn.dvk.localstack.process.JavaProcess;

/**
 * A single-node Kafka in KRaft mode — one JVM that is both broker and controller — run from Kafka's own classes: its
 * {@code server.properties}, the format of its storage and its process. {@code ./dvk} and the tests' broker process
 * both run this one definition, each on its own directory and ports.
 * <p>
 * The directory holds {@code server.properties} and {@code data/}, Kafka's log directory.
 */
public final class KafkaBroker {

    /** Kafka gets its own heap; C1 only and the serial collector keep start-up short on two cores. */
    public static final List<String> JVM_OPTIONS = List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-Dlogback.configurationFile=logback-stack.xml");
    /** Kafka's command-line tools answer on stdout; their logging goes to stderr and stays quiet. */
    public static final List<String> TOOL_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback-tools.xml");

    private static final Duration FORMAT_TIMEOUT = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final String host;
    private final int port;
    private final int controllerPort;

    public KafkaBroker(Path directory, String host, int port, int controllerPort) {
        this.directory = directory.toAbsolutePath();
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return host + ":" + port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Path configuration() {
        return directory.resolve("server.properties");
    }

    public Path dataDirectory() {
        return directory.resolve("data");
    }

    public String serverProperties() {
        return String.join("\n",
                "# Written on every start by " + KafkaBroker.class.getName() + "; change that class, not this file.",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "controller.quorum.bootstrap.servers=" + host + ":" + controllerPort,
                "log.dirs=" + propertiesValue(dataDirectory().toString()),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "# Keep every event: read models are rebuilt by replaying from the earliest offset, and local data is small.",
                "log.retention.ms=-1",
                "");
    }

    /** Writes {@code server.properties} and creates the data directory. */
    public void writeConfiguration() {
        try {
            Files.createDirectories(dataDirectory());
            Files.writeString(configuration(), serverProperties(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + configuration(), e);
        }
    }

    /** Whether the data directory already belongs to a cluster. */
    public boolean isFormatted() {
        return Files.isRegularFile(dataDirectory().resolve("meta.properties"));
    }

    /** A cluster id as Kafka makes them: 16 random bytes, URL-safe base64, not starting with a dash. */
    public static String newClusterId() {
        while (true) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    /** Formats the storage for a new cluster with Kafka's StorageTool (output appended to the log). */
    public void format(String clusterId, String classPath, Path log) {
        int exit = JavaProcess.named("kafka-storage")
                .jvmOptions(TOOL_JVM_OPTIONS)
                .mainClass(classPath, "kafka.tools.StorageTool")
                .arguments(List.of("format", "--standalone", "--config", configuration().toString(),
                        "--cluster-id", clusterId))
                .log(log)
                .run(FORMAT_TIMEOUT);
        if (exit != 0) {
            throw new IllegalStateException("formatting Kafka storage failed (exit " + exit + "); see " + log);
        }
    }

    /** The broker's JVM; it reads the configuration written by {@link #writeConfiguration()}. */
    public JavaProcess.Builder process(String name, String classPath) {
        return JavaProcess.named(name)
                .jvmOptions(JVM_OPTIONS)
                .mainClass(classPath, "kafka.Kafka")
                .arguments(List.of(configuration().toString()));
    }

    /** One of Kafka's command-line tools, e.g. {@code org.apache.kafka.tools.TopicCommand}. */
    public static JavaProcess.Builder tool(String name, String classPath, String mainClass) {
        return JavaProcess.named(name).jvmOptions(TOOL_JVM_OPTIONS).mainClass(classPath, mainClass);
    }

    /** A properties file reads a backslash as an escape; Windows paths need theirs doubled. */
    static String propertiesValue(String value) {
        return value.replace("\\", "\\\\");
    }
}
