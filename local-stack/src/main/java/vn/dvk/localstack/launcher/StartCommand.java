package vn.dvk.localstack.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import vn.dvk.localstack.kafka.KafkaAccess;
import vn.dvk.localstack.kafka.KafkaBroker;
import vn.dvk.localstack.kafka.KafkaMirror;
import vn.dvk.localstack.process.Http;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;
import vn.dvk.localstack.process.ServiceLaunch;
import vn.dvk.localstack.secrets.StackSecrets;

/**
 * {@code start [--demo] [--detach]}: checks, builds what is missing, stages the jars, starts the infrastructure and
 * then the services, waits until all are ready and prints where they are. In the foreground it then watches them
 * until Ctrl-C or SIGTERM, which stop everything in order; with {@code --detach} it returns and leaves them running.
 * <p>
 * {@code start-district <code> [--detach]} starts a {@link DistrictCluster} the same way beside a running stack: its
 * broker, MirrorMaker 2 once both clusters are secured, and its services on the province's store and identity
 * provider. With {@code DVK_KAFKA_MIRRORED_FROM} set, a stack's services read the copies of those clusters too.
 */
final class StartCommand {

    private static final String DEFAULT_START_TIMEOUT = "180";
    private static final Duration SERVICE_POLL = Duration.ofSeconds(2);
    private static final Duration TOPIC_LISTING_TIMEOUT = Duration.ofSeconds(60);
    private static final String SUMMARY_ROW = "  %-22s %-24s %-52s %s%n";
    private static final String SUMMARY_LINE = "  %-22s %s%n";
    private static final String KAFKA_ACCESS_SETUP = "vn.dvk.localstack.kafka.KafkaAccessSetup";

    private final Layout layout;
    private final Optional<DistrictCluster> district;
    /** The stack whose store, identity provider, passwords and unit list the services use: a district's province. */
    private final Layout shared;
    private final Console console;
    private final PidFiles pidFiles;
    private final BuildOutput build;
    private final StartedProcesses processes;
    private final Map<Component, Long> logSizeAtLaunch = new HashMap<>();
    private long startedAt;

    StartCommand(Layout layout, Console console) {
        this(layout, Optional.empty(), console);
    }

    StartCommand(DistrictCluster district, Console console) {
        this(district.layout(), Optional.of(district), console);
    }

    private StartCommand(Layout layout, Optional<DistrictCluster> district, Console console) {
        this.layout = layout;
        this.district = district;
        this.shared = district.map(DistrictCluster::province).orElse(layout);
        this.console = console;
        this.pidFiles = new PidFiles(layout);
        this.build = new BuildOutput(layout, console);
        this.processes = new StartedProcesses(pidFiles, new StackStopper(layout, console, pidFiles));
    }

    /** The exit code; in the foreground it returns only if the start fails. */
    int run(List<String> arguments, Runnable usage) {
        boolean demo = false;
        boolean detach = false;
        for (String argument : arguments) {
            switch (argument) {
                case "--demo" -> {
                    if (district.isPresent()) {
                        throw new CommandFailed("a district loads no demo data: its models are registered at its"
                                + " own registration-service (the province's demo data already holds them)");
                    }
                    demo = true;
                }
                case "--detach", "-d" -> detach = true;
                case "-h", "--help" -> {
                    usage.run();
                    return 0;
                }
                default -> throw new CommandFailed(
                        "unknown option for start: " + argument + " (see " + layout.command() + " help)");
            }
        }
        Duration timeout = startTimeout();
        refuseIfRunning();
        district.ifPresent(this::requireProvinceRunning);
        try {
            Files.createDirectories(layout.pids());
            Files.createDirectories(layout.logs());
        } catch (IOException e) {
            throw new CommandFailed("cannot create " + layout.home() + ": " + e.getMessage());
        }
        pidFiles.removeAll();
        refuseTakenPorts();
        build.buildIfMissing();
        build.stage();

        startedAt = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnSignal, "dvk-stop"));
        try {
            startInfrastructure(timeout);
            startServices(demo, timeout);
        } catch (StartFailed | StartedProcesses.StoppingException failed) {
            return abort();
        } catch (RuntimeException unexpected) {
            abort();
            throw unexpected;
        }
        printSummary();
        if (demo) {
            printDemoLogins();
        }
        district.ifPresent(this::printWhereToLook);
        if (detach) {
            processes.release();
            console.info("running in the background; '" + layout.command() + " status' shows it, '"
                    + layout.command() + " stop' stops it");
            return 0;
        }
        console.info("running in the foreground; press Ctrl-C to stop everything");
        supervise();
        return 0;
    }

    private Duration startTimeout() {
        String value = layout.environment().getOrDefault("DVK_START_TIMEOUT", DEFAULT_START_TIMEOUT);
        if (!value.matches("[0-9]{1,9}")) {
            throw new CommandFailed("DVK_START_TIMEOUT must be a number of seconds, got '" + value + "'");
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }

    private void refuseIfRunning() {
        List<String> running = layout.components().stream()
                .filter(component -> pidFiles.running(component).isPresent())
                .map(Component::name)
                .toList();
        if (!running.isEmpty()) {
            throw new CommandFailed("a stack is already running (" + String.join(" ", running) + "): see '"
                    + layout.command() + " status', stop it with '" + layout.command() + " stop'");
        }
    }

    /** A district needs the province's broker, store and identity provider. */
    private void requireProvinceRunning(DistrictCluster district) {
        PidFiles province = new PidFiles(shared);
        List<String> missing = shared.components().stream()
                .filter(component -> !component.isService() || component.name().equals(IdentityProvider.NAME))
                .filter(component -> province.running(component).isEmpty())
                .map(Component::name).toList();
        if (!missing.isEmpty()) {
            throw new CommandFailed("the province's stack is not running (" + String.join(" ", missing)
                    + "); start it first, its services reading the district's copies: DVK_KAFKA_MIRRORED_FROM="
                    + district.alias() + " " + layout.command() + " start --demo --detach");
        }
    }

    private void refuseTakenPorts() {
        boolean taken = false;
        for (Component component : layout.components()) {
            for (int port : component.ports()) {
                if (Ports.taken(layout.host(), port)) {
                    taken = true;
                    console.fail("port " + port + " (needed by " + component.name() + ") is already in use"
                            + PortOwner.of(port, layout).map(PortOwner.Owner::afterInUse).orElse(""));
                }
            }
        }
        if (taken) {
            throw new CommandFailed("free the ports above (or '" + layout.command()
                    + " stop' a stack started with --detach) and try again");
        }
    }

    private void startInfrastructure(Duration timeout) {
        String classPath = Layout.localStackClassPath(layout.stagedLocalStack());
        Map<Component, JavaProcess> launched = new LinkedHashMap<>();
        for (Component component : layout.infrastructure()) {
            if (component.kind() == Component.Kind.MIRROR_MAKER) {
                // The clusters it joins are ready and secured first: it logs in to both as it starts.
                awaitInfrastructure(launched, classPath, timeout);
                launched.clear();
            }
            launched.put(component, switch (component.kind()) {
                case KAFKA -> startKafka(component, classPath);
                case MAIN_CLASS -> startMainClass(component, classPath);
                case MIRROR_MAKER -> startMirrorMaker(component, classPath);
                case SERVICE -> throw new IllegalStateException(component.name() + " is a service");
            });
        }
        awaitInfrastructure(launched, classPath, timeout);
    }

    private void awaitInfrastructure(Map<Component, JavaProcess> launched, String classPath, Duration timeout) {
        launched.forEach((component, process) -> {
            String address = layout.host() + ":" + component.port();
            if (component.kind() == Component.Kind.KAFKA) {
                await(component, process, "accepting connections and listing topics",
                        () -> Ports.accepting(layout.host(), component.port()) && topicsListed(classPath, address),
                        timeout, Duration.ofSeconds(1));
            } else if (component.kind() == Component.Kind.MIRROR_MAKER) {
                await(component, process, "mirroring (its REST port listening and MirrorMaker started)",
                        () -> Ports.accepting(layout.host(), component.port()) && KafkaMirror.startedSince(
                                layout.logFile(component), logSizeAtLaunch.getOrDefault(component, 0L)),
                        timeout, Duration.ofSeconds(1));
            } else {
                await(component, process, "listening", () -> Ports.accepting(layout.host(), component.port()), timeout,
                        Duration.ofMillis(500));
            }
            console.info(component.title() + " is ready on " + address + " (" + elapsedSeconds() + "s)");
            if (component.kind() == Component.Kind.KAFKA) {
                setUpKafkaAccess(component, classPath, address, mirroredFrom());
            }
        });
    }

    private JavaProcess startKafka(Component component, String classPath) {
        shared.secrets().ensureKafka();
        KafkaBroker broker = kafkaBroker(layout, component, shared.secrets());
        broker.writeConfiguration();
        if (!broker.isFormatted()) {
            String clusterId = KafkaBroker.newClusterId();
            console.info("formatting Kafka storage in " + layout.display(broker.dataDirectory()) + " (cluster id "
                    + clusterId + ")");
            try {
                broker.format(clusterId, classPath, layout.logFile(component));
            } catch (IllegalStateException e) {
                console.fail(e.getMessage());
                throw new StartFailed();
            }
        }
        console.info("starting Kafka on " + broker.bootstrapServers());
        return processes.launch(component, broker.process(component.name(), classPath)
                .log(layout.logFile(component)).workingDirectory(layout.root()).ownSession());
    }

    /** The stack's broker: secured, its administrator's password kept in {@code .dvk/secrets/}. */
    static KafkaBroker kafkaBroker(Layout layout, Component kafka) {
        return kafkaBroker(layout, kafka, layout.secrets());
    }

    private static KafkaBroker kafkaBroker(Layout layout, Component kafka, StackSecrets secrets) {
        return KafkaBroker.secured(layout.home().resolve("kafka"), layout.host(), kafka.ports().get(0),
                kafka.ports().get(1), secrets.credentials(KafkaAccess.ADMIN));
    }

    /**
     * The aliases of the clusters mirrored into this stack's: a district's province, or for a province the districts
     * named in {@code DVK_KAFKA_MIRRORED_FROM}, which its services read too.
     */
    private List<String> mirroredFrom() {
        if (district.isPresent()) {
            return List.of(DistrictCluster.PROVINCE_ALIAS);
        }
        String aliases = layout.environment().getOrDefault("DVK_KAFKA_MIRRORED_FROM", "").strip();
        return aliases.isEmpty() ? List.of() : List.of(aliases.split("\\s*,\\s*"));
    }

    /**
     * The topics, the services' principals and their ACLs ({@link KafkaAccess}), before any service starts; on a
     * mirrored cluster also the copies and MirrorMaker's principal.
     */
    private void setUpKafkaAccess(Component kafka, String classPath, String address, List<String> mirroredFrom) {
        List<String> arguments = new ArrayList<>(List.of(address, shared.secretsDirectory().toString()));
        if (!mirroredFrom.isEmpty()) {
            arguments.add(String.join(",", mirroredFrom));
        }
        int exit = JavaProcess.named("kafka-access")
                .jvmOptions(KafkaBroker.TOOL_JVM_OPTIONS)
                .mainClass(classPath, KAFKA_ACCESS_SETUP)
                .arguments(arguments)
                .log(layout.logFile(kafka))
                .run(TOPIC_LISTING_TIMEOUT.multipliedBy(2));
        if (exit != 0) {
            failStart("the Kafka principals and ACLs could not be set up on " + address + " (exit " + exit + ")",
                    kafka);
        }
        console.info("Kafka " + address + ": topics, one principal per service and their ACLs are set up"
                + (mirroredFrom.isEmpty() ? "" : ", with the copies of " + String.join(", ", mirroredFrom)
                        + " and MirrorMaker's principal"));
    }

    /**
     * MirrorMaker 2 between the province's cluster and the district's: the province's cluster gets the district's
     * copies and MirrorMaker's principal first (the district's got the province's with its own access).
     */
    private JavaProcess startMirrorMaker(Component component, String classPath) {
        DistrictCluster mirrored = district.orElseThrow(
                () -> new IllegalStateException("MirrorMaker runs in a district's stack"));
        Component provinceKafka = shared.kafka().orElseThrow(
                () -> new IllegalStateException("the province's stack has no Kafka"));
        setUpKafkaAccess(component, classPath, shared.host() + ":" + provinceKafka.port(),
                List.of(mirrored.alias()));
        KafkaMirror mirror = mirrored.mirror();
        mirror.writeConfiguration();
        console.info("starting MirrorMaker 2: " + mirrored.alias() + " -> " + DistrictCluster.PROVINCE_ALIAS
                + " (every event topic), " + DistrictCluster.PROVINCE_ALIAS + " -> " + mirrored.alias() + " ("
                + String.join(", ", KafkaMirror.DOWN_TOPICS) + ")");
        logSizeAtLaunch.put(component, sizeOf(layout.logFile(component)));
        return processes.launch(component, mirror.process(component.name(), classPath)
                .log(layout.logFile(component)).workingDirectory(layout.root()).ownSession());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    private JavaProcess startMainClass(Component component, String classPath) {
        console.info("starting " + component.title() + " on " + layout.host() + ":" + component.port());
        return processes.launch(component, JavaProcess.named(component.name())
                .jvmOptions(component.jvmOptions().apply(layout.site(component)))
                .mainClass(component.ownLibrary()
                        .map(folder -> Layout.libraryClassPath(layout.stagedLocalStack(), folder))
                        .orElse(classPath), component.mainClass())
                .arguments(component.arguments().apply(layout.site(component)))
                .log(layout.logFile(component)).workingDirectory(layout.root()).ownSession());
    }

    private boolean topicsListed(String classPath, String bootstrapServers) {
        try {
            return KafkaBroker.tool("kafka-topics", classPath, "org.apache.kafka.tools.TopicCommand")
                    .arguments(List.of("--bootstrap-server", bootstrapServers, "--list", "--command-config",
                            shared.secrets().adminClientConfig().toString()))
                    .run(TOPIC_LISTING_TIMEOUT) == 0;
        } catch (IllegalStateException notAnswering) {
            return false;
        }
    }

    private void startServices(boolean demo, Duration timeout) {
        List<Component> services = layout.services();
        if (services.isEmpty()) {
            return;
        }
        String scope = district.map(DistrictCluster::code).orElse(layout.environment().get("DVK_SCOPE"));
        console.info("starting " + services.stream().map(Component::name).collect(Collectors.joining(" "))
                + " (DVK_DEMO=" + demo + (scope == null || scope.isEmpty() ? "" : ", DVK_SCOPE=" + scope) + ")");
        String kafka = layout.kafka().map(component -> layout.host() + ":" + component.port())
                .orElseThrow(() -> new IllegalStateException("the services need Kafka in the stack"));
        String mongo = shared.component("mongo").map(component -> "mongodb://" + shared.host() + ":"
                + component.port()).orElseThrow(() -> new IllegalStateException("the services need the store"));
        Optional<IdentityProvider> identity = IdentityProvider.of(shared);
        Map<String, String> addresses = StackAddresses.of(layout);
        Map<Component, JavaProcess> launched = new LinkedHashMap<>();
        for (Component service : services) {
            JavaProcess.Builder builder = ServiceLaunch.of(service.name(), layout.stagedJar(service),
                            service.port(), kafka, mongo)
                    .environment("DVK_DEMO", Boolean.toString(demo))
                    .environment(addresses)
                    .log(layout.logFile(service)).workingDirectory(layout.root()).ownSession();
            if (Files.isRegularFile(shared.unitsFile())) {
                builder.environment("DVK_UNITS_FILE", shared.unitsFile().toString());
            }
            builder.environment("DVK_KAFKA_MIRRORED_FROM", String.join(",", mirroredFrom()));
            district.ifPresent(mirrored -> builder.environment(mirrored.serviceEnvironment()));
            KafkaAccess.of(service.name()).ifPresent(access -> builder
                    .environment("DVK_KAFKA_USERNAME", access.principal())
                    .environment("DVK_KAFKA_PASSWORD_FILE",
                            shared.secrets().kafkaFile(access.principal()).toString()));
            identity.ifPresent(provider -> builder.environment("DVK_OIDC_ISSUER", provider.issuer()));
            if (identity.map(provider -> provider.component().equals(service)).orElse(false)) {
                builder.environment("DVK_DEMO_PASSWORD_FILE", layout.demoPasswordFile().toString());
            }
            launched.put(service, processes.launch(service, builder));
        }
        awaitServices(launched, timeout);
    }

    /** The services start in parallel: wait for all at once, and let the first to fail end the wait. */
    private void awaitServices(Map<Component, JavaProcess> launched, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<Component> ready = new HashSet<>();
        while (System.nanoTime() - deadline < 0) {
            for (Map.Entry<Component, JavaProcess> entry : launched.entrySet()) {
                Component service = entry.getKey();
                if (ready.contains(service)) {
                    continue;
                }
                if (!entry.getValue().isAlive()) {
                    failStart(service.name() + " exited while starting", service);
                }
                if (Http.status(ServiceLaunch.readiness(layout.host(), service.port())) == 200) {
                    ready.add(service);
                    console.info(service.name() + " is ready on http://" + layout.host() + ":" + service.port()
                            + " (" + elapsedSeconds() + "s)");
                }
            }
            if (ready.size() == launched.size()) {
                return;
            }
            pause(SERVICE_POLL);
        }
        List<Component> late = new ArrayList<>(launched.keySet());
        late.removeAll(ready);
        for (Component service : late) {
            reportFailure(service.name() + " did not report ready on "
                    + ServiceLaunch.readiness(layout.host(), service.port()) + " within " + timeout.toSeconds()
                    + "s (DVK_START_TIMEOUT)", service);
        }
        throw new StartFailed();
    }

    private void await(Component component, JavaProcess process, String condition, BooleanSupplier ready,
            Duration timeout, Duration interval) {
        try {
            process.await(condition, ready, timeout, interval);
        } catch (JavaProcess.ExitedException e) {
            failStart(component.name() + " exited while starting", component);
        } catch (JavaProcess.NotReadyException e) {
            failStart(component.name() + " was not " + condition + " within " + timeout.toSeconds()
                    + "s (DVK_START_TIMEOUT)", component);
        }
    }

    private void failStart(String message, Component component) {
        reportFailure(message, component);
        throw new StartFailed();
    }

    /** Names the failure and its cause; while a signal stops the stack, exits are expected and stay unreported. */
    private void reportFailure(String message, Component component) {
        if (processes.isStopping()) {
            awaitShutdown();
        }
        console.fail(message);
        FailureCause.explain(layout.logFile(component)).forEach(console::fail);
    }

    private int abort() {
        processes.stopAll(() -> console.fail("start failed; stopping what was started"));
        return 1;
    }

    private void stopOnSignal() {
        boolean stopped = processes.stopAll(() -> {
            console.out().println();
            console.info("received a signal to stop; stopping");
        });
        if (stopped) {
            console.info("stopped");
        }
    }

    /** Foreground: reports a component that dies, until a signal stops the stack. */
    private void supervise() {
        Set<Component> reported = new HashSet<>();
        while (true) {
            for (Map.Entry<Component, JavaProcess> entry : processes.snapshot()) {
                Component component = entry.getKey();
                if (!entry.getValue().isAlive() && reported.add(component) && !processes.isStopping()) {
                    console.warn(component.name() + " has exited; see " + layout.logFile(component)
                            + " (Ctrl-C stops the rest)");
                }
            }
            pause(Duration.ofSeconds(2));
        }
    }

    private void printSummary() {
        PrintStream out = console.out();
        out.println();
        out.println(console.bold("dvk is up"));
        List<Component> services = layout.services();
        for (Component service : services) {
            service.page().filter(Component.Page::frontDoor).ifPresent(page -> out.printf(SUMMARY_LINE,
                    page.label(), pageAddress(service, page)));
        }
        if (!services.isEmpty()) {
            out.printf(SUMMARY_ROW, "SERVICE", "URL", "HEALTH", "SWAGGER UI");
            for (Component service : services) {
                String url = "http://" + layout.host() + ":" + service.port();
                out.printf(SUMMARY_ROW, service.name(), url, url + ServiceLaunch.READINESS_PATH,
                        service.isFrontDoor() ? "-" : url + "/swagger-ui.html");
            }
        }
        out.println();
        for (Component service : services) {
            service.page().filter(page -> !page.frontDoor()).ifPresent(page -> out.printf(SUMMARY_LINE,
                    page.label(), pageAddress(service, page)));
        }
        List<String> data = new ArrayList<>();
        for (Component component : layout.infrastructure()) {
            Component.Site site = layout.site(component);
            out.printf(SUMMARY_LINE, component.summaryLabel(), component.summaryAddress().apply(site));
            component.data().map(where -> where.apply(site).toString()).ifPresent(data::add);
        }
        out.printf(SUMMARY_LINE, "data", String.join(", ", data));
        out.printf(SUMMARY_LINE, "logs", layout.logs() + File.separator + "<name>.log" + (district.isPresent()
                ? "" : " (" + layout.command() + " logs <name>)"));
        if (Files.isRegularFile(shared.unitsFile())) {
            out.printf(SUMMARY_LINE, "units", shared.unitsFile());
        }
        out.println();
    }

    /** The demo logins, their units and roles, and where their one password is kept. */
    private void printDemoLogins() {
        Optional<IdentityProvider> identity = IdentityProvider.of(layout);
        if (identity.isEmpty()) {
            return;
        }
        PrintStream out = console.out();
        out.println(console.bold("demo logins") + " (one password for all, in " + layout.display(
                layout.demoPasswordFile()) + ")");
        out.flush();
        if (identity.get().runProgram(IdentityProvider.DEMO_LOGINS_PROGRAM, List.of()) != 0) {
            console.warn("the demo logins could not be listed; see " + layout.logFile(identity.get().component()));
        }
        try {
            out.printf(SUMMARY_LINE, "password", Files.readString(layout.demoPasswordFile()).strip());
        } catch (IOException e) {
            console.warn("the demo password file " + layout.demoPasswordFile() + " cannot be read: "
                    + e.getMessage());
        }
        out.printf(SUMMARY_LINE, "a token", layout.command() + " token <login>   (e.g. curl -H \"Authorization:"
                + " Bearer $(" + layout.command() + " token yenchau.canbo | tail -1)\" ...)");
        String tokenOfALeader = "<the last line of '" + layout.command() + " token yenchau.lanhdao'>";
        for (Component service : layout.services()) {
            service.page().filter(page -> !service.equals(identity.get().component())).ifPresent(page ->
                    out.printf(SUMMARY_LINE, page.label(), page.frontDoor()
                            ? pageAddress(service, page) + "   (sign in with a login above)"
                            : pageAddress(service, page) + "#access_token=" + tokenOfALeader));
        }
        out.println();
    }

    /** How to see a registration at the district reach the province's statistics, and a campaign come down. */
    private void printWhereToLook(DistrictCluster mirrored) {
        PrintStream out = console.out();
        String registration = serviceAddress(layout, "registration-service");
        String provinceReporting = serviceAddress(shared, "reporting-service");
        String token = "-H \"Authorization: Bearer $(" + layout.command() + " token yenchau.canbo | tail -1)\"";
        out.println(console.bold("district " + mirrored.code()) + " (its cluster " + mirrored.alias()
                + ", mirrored up to " + DistrictCluster.PROVINCE_ALIAS + " and down from it)");
        out.printf(SUMMARY_LINE, "register", "curl " + token + " -H 'Content-Type: application/json' "
                + registration + "/api/v1/models -d '{\"year\": 2026, \"unitCode\": \"04096\", ...}'");
        out.printf(SUMMARY_LINE, "at the province", "curl " + token + " '" + provinceReporting
                + "/api/v1/statistics/models?unit=" + mirrored.code() + "&year=2026'   (counts it within seconds)");
        out.printf(SUMMARY_LINE, "campaigns", "one the province publishes (POST " + serviceAddress(shared,
                "registration-service") + "/api/v1/campaigns, issuing unit 14, a sonla.bcd token) is listed at "
                + registration + "/api/v1/campaigns");
        out.printf(SUMMARY_LINE, "copies", layout.command() + " kafka-topics --list   (d" + mirrored.code()
                + ".* on the province's cluster; the province's services read them only when started with"
                + " DVK_KAFKA_MIRRORED_FROM=" + mirrored.alias() + ")");
        out.println();
    }

    private static String serviceAddress(Layout stack, String name) {
        return stack.component(name).map(service -> "http://" + stack.host() + ":" + service.port())
                .orElse("-");
    }

    private String pageAddress(Component service, Component.Page page) {
        return "http://" + layout.host() + ":" + service.port() + page.path();
    }

    private long elapsedSeconds() {
        return Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Parks the start thread while the shutdown hook stops the stack; the JVM ends when the hook is done. */
    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new StartedProcesses.StoppingException();
    }

    /** A start that failed after it was reported; what was started is stopped. */
    private static final class StartFailed extends RuntimeException {
        StartFailed() {
            super(null, null, false, false);
        }
    }
}
