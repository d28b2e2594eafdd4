package vn.dvk.systemtest.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.dvk.localstack.kafka.KafkaCredentials;
import vn.dvk.localstack.launcher.Component;
import vn.dvk.localstack.launcher.Console;
import vn.dvk.localstack.launcher.Launcher;
import vn.dvk.localstack.launcher.Layout;
import vn.dvk.localstack.launcher.StackComponents;
import vn.dvk.localstack.process.JavaProcess;

/**
 * The stack a benchmark runs against, as {@code ./dvk start --demo} runs it: Kafka (SASL, each service its own
 * principal), the embedded store and the services, each in its own process. Either started here by the launcher on
 * free ports with its data under a folder of its own and stopped again at the end ({@link #start}), or a stack that
 * {@code ./dvk start --demo} already runs on the fixed ports of the checkout ({@link #attach}), left running.
 * Tokens are those of the demo logins, signed in at the stack's identity-service as {@code ./dvk token} does.
 */
final class BenchmarkStack implements AutoCloseable {

    /** The province of the demo data: its administrator may rebuild only an instance scoped to it. */
    static final String SCOPE = "14";
    private static final String START_TIMEOUT_SECONDS = "900";
    private static final String TOKEN_PROGRAM = "vn.dvk.identity.cli.TokenCommand";
    private static final String BOOT_JAR_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    private static final Duration TOKEN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Layout layout;
    private final Launcher launcher;
    private final boolean owned;

    private BenchmarkStack(Layout layout, Launcher launcher, boolean owned) {
        this.layout = layout;
        this.launcher = launcher;
        this.owned = owned;
    }

    /**
     * Starts Kafka, the store, identity-service and the named services (with GreenMail when notification-service is
     * among them) through the launcher on free ports, with {@code DVK_SCOPE=14} and the demo data, detached, their
     * data and logs under {@code home}, which is emptied first.
     */
    static BenchmarkStack start(Path repository, Path home, List<String> services) {
        deleteTree(home);
        Set<String> wanted = new HashSet<>(services);
        wanted.addAll(List.of("kafka", "mongo", "identity-service"));
        if (wanted.contains("notification-service")) {
            wanted.add("greenmail");
        }
        List<Component> components = StackComponents.all().stream()
                .filter(component -> wanted.contains(component.name())).toList();
        Layout layout = new Layout(repository, home.resolve(".dvk"), Layout.HOST, components, "./dvk",
                Map.of("DVK_START_TIMEOUT", START_TIMEOUT_SECONDS, "DVK_SCOPE", SCOPE)).onFreePorts();
        Path output = home.resolve("dvk-start.log");
        PrintStream console;
        try {
            Files.createDirectories(home);
            console = new PrintStream(Files.newOutputStream(output), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Launcher launcher = new Launcher(layout, new Console(console, console, false), repository);
        BenchmarkStack stack = new BenchmarkStack(layout, launcher, true);
        // Detached, each component in a session of its own: a benchmark ended by a signal still stops them.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "benchmark-stack-stop"));
        if (launcher.run("start", "--demo", "--detach") != 0) {
            stack.close();
            throw new IllegalStateException("the stack did not start:\n" + read(output));
        }
        return stack;
    }

    /** The stack that {@code ./dvk start --demo} runs for the checkout at {@code repository}; left running. */
    static BenchmarkStack attach(Path repository) {
        Layout layout = Layout.of(repository, "./dvk");
        return new BenchmarkStack(layout, new Launcher(layout, Console.system(), repository), false);
    }

    boolean owned() {
        return owned;
    }

    boolean has(String service) {
        return layout.component(service).isPresent();
    }

    URI url(String service) {
        return URI.create("http://" + layout.host() + ":" + component(service).port());
    }

    String kafkaBootstrap() {
        return layout.host() + ":" + component("kafka").port();
    }

    String mongoUri() {
        return "mongodb://" + layout.host() + ":" + component("mongo").port();
    }

    /** How the service's Kafka principal logs in: the benchmark's producers write as the service does. */
    Map<String, String> kafkaLogin(String service) {
        return layout.secrets().credentials(service).clientProperties(KafkaCredentials.SCRAM);
    }

    /** The names of the stack's components, in the order the launcher starts them. */
    List<String> components() {
        return layout.components().stream().map(Component::name).toList();
    }

    /** The process the launcher recorded for a component (its PID file's first line). */
    ProcessHandle process(String name) {
        return running(name).orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    /** The component's process, if the launcher recorded one and it still runs. */
    Optional<ProcessHandle> running(String name) {
        Path pidFile = layout.pidFile(component(name));
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        return read(pidFile).lines().findFirst().map(String::strip).filter(pid -> pid.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid))).filter(ProcessHandle::isAlive);
    }

    /** Stops one component (SIGTERM, then its grace period), as the launcher's stop does. */
    void stop(String name) {
        ProcessHandle process = process(name);
        process.destroy();
        try {
            process.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notYet) {
            process.destroyForcibly();
        }
    }

    /** A bearer access token of a demo login (15 minutes), signed in at the stack's identity-service. */
    String token(String login) {
        Path output = layout.home().resolve("token-" + login + ".log");
        int exit = JavaProcess.named("benchmark-token")
                .jvmOptions(List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Dloader.main=" + TOKEN_PROGRAM))
                .mainClass(layout.stagedJar(component("identity-service")).toString(), BOOT_JAR_LAUNCHER)
                .arguments(List.of(login, "--issuer", url("identity-service").toString(), "--password-file",
                        layout.demoPasswordFile().toString()))
                .workingDirectory(layout.root())
                .log(output)
                .run(TOKEN_TIMEOUT);
        List<String> lines = read(output).lines().filter(line -> !line.isBlank()).toList();
        if (exit != 0 || lines.isEmpty()) {
            throw new IllegalStateException("no token for " + login + " (exit " + exit + "): " + lines);
        }
        return lines.get(lines.size() - 1).strip();
    }

    /** Stops what {@link #start} started (once); an attached stack is left running. */
    @Override
    public synchronized void close() {
        if (owned && Files.isDirectory(layout.pids())) {
            launcher.run("stop");
        }
    }

    private Component component(String name) {
        return layout.component(name).orElseThrow(() -> new IllegalStateException("the stack has no " + name));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + root, e);
        }
    }
}
