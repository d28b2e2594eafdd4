package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.localstack.kafka.KafkaAccess;
import vn.dvk.localstack.kafka.KafkaCredentials;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;

/**
 * The launcher on the real Kafka and store, started from local-stack's packaged build output (hence an integration
 * test: it runs after {@code package}). The services are left out — the system tests run them from their jars — so
 * that each start here costs only Kafka's and the store's start-up. Everything listens on free ports and keeps its
 * data in a temporary directory, so a stack a developer runs on the fixed ports is never touched.
 */
class DvkLauncherIT {

    private static final Path ROOT = Repository.root();

    @TempDir
    Path dir;

    private Layout layout;

    @BeforeEach
    void freePorts() {
        layout = ForegroundStack.infrastructureOnly(ROOT, dir.resolve(".dvk"),
                List.of(Ports.free(), Ports.free(), Ports.free()));
    }

    @AfterEach
    void stopWhateverIsLeft() {
        run("stop");
    }

    @Test
    void aDetachedStackServesUntilAnotherInvocationStopsIt() throws Exception {
        Result start = run("start", "--detach");

        int kafkaPort = layout.kafka().orElseThrow().port();
        int storePort = layout.component("mongo").orElseThrow().port();
        assertThat(start.exit).as(start.output).isZero();
        assertThat(start.output)
                .contains("formatting Kafka storage in ")
                .contains("Kafka is ready on 127.0.0.1:" + kafkaPort)
                .contains("the embedded MongoDB-wire store is ready on 127.0.0.1:" + storePort)
                .contains("dvk is up")
                .contains("running in the background");
        List<Long> pids = recordedPids();
        assertThat(pids).hasSize(2);
        assertRunFromTheStagedCopy(pids);

        assertThat(run("status").exit).isZero();
        assertThat(run("start").output).contains("a stack is already running (kafka mongo)");
        assertTheStoreKeepsADocument(storePort);
        assertKafkasToolsReadACloudEvent(kafkaPort);

        // Each run is a new Launcher, as another invocation is: it knows the stack by its PID files only.
        Result stop = run("stop");

        assertThat(stop.exit).isZero();
        assertThat(stop.output).containsSubsequence("stopping mongo (pid", "stopping kafka (pid", "stopped");
        assertNoneRuns(pids);
        assertThat(layout.pids()).isEmptyDirectory();
        Result status = run("status");
        assertThat(status.exit).isEqualTo(1);
        assertThat(status.output).containsPattern("kafka +down").containsPattern("mongo +down");
        assertThat(run("stop").output).contains("nothing is running");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGTERM and its exit code 143 are POSIX")
    void aForegroundStartStopsEverythingOnSigterm() throws Exception {
        Path output = dir.resolve("foreground.out");
        List<String> ports = layout.components().stream().flatMap(component -> component.ports().stream())
                .map(String::valueOf).toList();
        List<String> command = new ArrayList<>(List.of(JavaProcess.currentJava().toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), ForegroundStack.class.getName(), ROOT.toString(),
                layout.home().toString()));
        command.addAll(ports);
        Process foreground = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !foreground.isAlive() || read(output).contains("running in the foreground"));
            assertThat(foreground.isAlive()).as(read(output)).isTrue();
            List<Long> pids = recordedPids();
            assertThat(pids).hasSize(2);

            foreground.destroy();

            assertThat(foreground.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(foreground.exitValue()).isEqualTo(143);
            assertThat(read(output)).containsSubsequence("received a signal to stop; stopping",
                    "stopping mongo", "stopping kafka", "stopped");
            assertNoneRuns(pids);
            assertThat(layout.pids()).isEmptyDirectory();
        } finally {
            foreground.destroyForcibly();
        }
    }

    @Test
    void aStoppedStackIsBackedUpAndRestoredAndARunningOneIsNot() throws Exception {
        assertThat(run("start", "--detach").exit).isZero();
        int storePort = layout.component("mongo").orElseThrow().port();
        assertTheStoreKeepsADocument(storePort);
        assertThat(run("backup", "saved").exit).as("a backup of a running stack is refused").isEqualTo(1);
        assertThat(run("stop").exit).isZero();

        assertThat(run("backup", "saved").exit).isZero();
        List<Path> backups;
        try (Stream<Path> folders = Files.list(dir.resolve("saved"))) {
            backups = folders.toList();
        }
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).resolve("manifest.txt")).isRegularFile();
        deleteTree(layout.home().resolve("mongo"));
        deleteTree(layout.home().resolve("kafka").resolve("data"));

        assertThat(run("restore", "saved/" + backups.get(0).getFileName()).exit).isZero();

        assertThat(run("start", "--detach").exit).isZero();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + storePort)) {
            assertThat(client.getDatabase("dvk_check").getCollection("models").find().first())
                    .containsEntry("name", "Mô hình trồng lê Tai nung");
        }
        assertThat(run("restore", "saved/" + backups.get(0).getFileName()).exit)
                .as("a restore under a running stack is refused").isEqualTo(1);
    }

    @Test
    void theShimRunsTheLauncherWithItsArgumentsAndExitCodes() throws Exception {
        Result help = shim("help");
        assertThat(help.exit).isZero();
        assertThat(help.output).startsWith("usage: ./dvk <command> [args]").contains("kafka-console-consumer");

        Result unknown = shim("frobnicate");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.output).contains("usage: ./dvk");
    }

    private void assertTheStoreKeepsADocument(int port) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("dvk_check").getCollection("models")
                    .insertOne(new Document("_id", "m-1").append("name", "Mô hình trồng lê Tai nung"));
            assertThat(client.getDatabase("dvk_check").getCollection("models").find().first())
                    .containsEntry("name", "Mô hình trồng lê Tai nung");
        }
    }

    /**
     * Through ./dvk: create a topic, then read back an event with its CloudEvents headers. The shim's own stack is
     * the checkout's {@code .dvk/}; this one's administrator logs in with the settings in its own directory.
     */
    private void assertKafkasToolsReadACloudEvent(int port) throws Exception {
        String bootstrap = "127.0.0.1:" + port;
        String adminConfig = layout.secrets().adminClientConfig().toString();
        Result created = shim("kafka-topics", "--bootstrap-server", bootstrap, "--command-config", adminConfig,
                "--create", "--topic", "dvk.launcher-check", "--partitions", "1");
        assertThat(created.exit).as(created.output).isZero();
        assertThat(shim("kafka-topics", "--bootstrap-server", bootstrap, "--command-config", adminConfig,
                "--list").output).contains("dvk.launcher-check");

        Properties producer = new Properties();
        producer.putAll(layout.secrets().credentials(KafkaAccess.ADMIN).clientProperties(KafkaCredentials.PLAIN));
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> events = new KafkaProducer<>(producer, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> event = new ProducerRecord<>("dvk.launcher-check", "m-1",
                    "{\"name\":\"Mô hình\"}");
            event.headers().add("ce_type", "vn.dvk.model.registered.v1".getBytes(StandardCharsets.UTF_8));
            events.send(event).get(60, TimeUnit.SECONDS);
        }

        Result consumed = shim("kafka-console-consumer", "--bootstrap-server", bootstrap, "--consumer.config",
                adminConfig, "--topic", "dvk.launcher-check", "--from-beginning", "--max-messages", "1", "--timeout-ms", "60000");
        assertThat(consumed.exit).as(consumed.output).isZero();
        assertThat(consumed.output).contains("ce_type:vn.dvk.model.registered.v1\tm-1\t{\"name\":\"Mô hình\"}");
    }

    private void assertRunFromTheStagedCopy(List<Long> pids) {
        Path staged = layout.stagedLocalStack();
        assertThat(staged.resolve("local-stack.jar")).isRegularFile();
        for (long pid : pids) {
            ProcessHandle.of(pid).orElseThrow().info().arguments().ifPresent(arguments ->
                    assertThat(String.join(" ", arguments)).contains(staged.toString()));
        }
    }

    private static void assertNoneRuns(List<Long> pids) {
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("pid %d", pid).isEmpty();
        }
    }

    private List<Long> recordedPids() {
        List<Long> pids = new ArrayList<>();
        for (Component component : layout.components()) {
            try {
                pids.add(Long.parseLong(Files.readAllLines(layout.pidFile(component)).get(0)));
            } catch (IOException e) {
                throw new AssertionError("no PID file for " + component.name(), e);
            }
        }
        return pids;
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = new Launcher(layout, console(output), dir).run(args);
        return new Result(exit, output.toString(StandardCharsets.UTF_8));
    }

    private static Console console(ByteArrayOutputStream output) {
        PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
        return new Console(stream, stream, false);
    }

    /** The real ./dvk, as a user runs it. */
    private static Result shim(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("dvk").toString()));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
