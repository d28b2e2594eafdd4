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
import java.util.Optional;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.secrets.StackSecrets;

/**
 * A single-node Kafka in KRaft mode — one JVM that is both broker and controller — run from Kafka's own classes: its
 * {@code server.properties}, the format of its storage and its process. {@code ./dvk} and the tests' broker process
 * both run this one definition, each on its own directory and ports.
 * <p>
 * The directory holds {@code server.properties} and {@code data/}, Kafka's log directory.
 * <p>
 * A broker {@linkplain #secured secured} with an administrator's credentials (as {@code ./dvk} runs it) accepts only
 * clients that log in over SASL — the services with SCRAM-SHA-512, the administrator also with PLAIN — and lets each
 * do only what an ACL allows ({@link KafkaAccessSetup} creates them); the tests' broker stays open.
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
    private final Optional<KafkaCredentials> admin;

    /** A broker that any client may use without logging in: the tests' broker. */
    public KafkaBroker(Path directory, String host, int port, int controllerPort) {
        this(directory, host, port, controllerPort, Optional.empty());
    }

    private KafkaBroker(Path directory, String host, int port, int controllerPort, Optional<KafkaCredentials> admin) {
        this.directory = directory.toAbsolutePath();
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
        this.admin = admin;
    }

    /** A broker that authenticates every client and authorizes it by ACLs; {@code admin} is its super user. */
    public static KafkaBroker secured(Path directory, String host, int port, int controllerPort,
            KafkaCredentials admin) {
        return new KafkaBroker(directory, host, port, controllerPort, Optional.of(admin));
    }

    public boolean isSecured() {
        return admin.isPresent();
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
                admin.map(this::securedListeners).orElseGet(this::openListeners),
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

    private String openListeners() {
        return String.join("\n",
                "listeners=PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT");
    }

    /**
     * Clients log in with SCRAM-SHA-512, whose users live in the cluster's metadata; the administrator (also the
     * broker towards its controller) logs in with PLAIN against this file, so that it can create those users and the
     * ACLs on any start, whatever the data directory holds (a new one, a restored backup).
     */
    private String securedListeners(KafkaCredentials credentials) {
        String plainServer = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + KafkaCredentials.quoted(credentials.username()) + "\" password=\""
                + KafkaCredentials.quoted(credentials.password()) + "\" user_" + credentials.username() + "=\""
                + KafkaCredentials.quoted(credentials.password()) + "\";";
        return String.join("\n",
                "listeners=SASL_PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=SASL_PLAINTEXT://" + host + ":" + port,
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "sasl.mechanism.inter.broker.protocol=" + KafkaCredentials.PLAIN,
                "sasl.mechanism.controller.protocol=" + KafkaCredentials.PLAIN,
                "listener.name.sasl_plaintext.sasl.enabled.mechanisms=" + KafkaCredentials.SCRAM + ","
                        + KafkaCredentials.PLAIN,
                "listener.name.sasl_plaintext.plain.sasl.jaas.config=" + propertiesValue(plainServer),
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "listener.name.controller.sasl.enabled.mechanisms=" + KafkaCredentials.PLAIN,
                "listener.name.controller.plain.sasl.jaas.config=" + propertiesValue(plainServer),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + credentials.username(),
                "allow.everyone.if.no.acl.found=false");
    }

    /** Writes {@code server.properties} and creates the data directory. */
    public void writeConfiguration() {
        try {
            Files.createDirectories(dataDirectory());
            if (isSecured()) {
                // It holds the administrator's password.
                StackSecrets.writeOwnerOnly(configuration(), serverProperties());
            } else {
                Files.writeString(configuration(), serverProperties(), StandardCharsets.UTF_8);
            }
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
