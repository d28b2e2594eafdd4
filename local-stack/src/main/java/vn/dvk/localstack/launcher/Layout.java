package vn.dvk.localstack.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvk.localstack.secrets.StackSecrets;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;

/**
 * Where the stack lives and what it runs: the repository it is built from, its data directory ({@code .dvk/}), the
 * host everything listens on, the component table, how the user calls the launcher and the environment.
 *
 * @param command how messages tell the user to call the launcher: {@code ./dvk}, or {@code dvk.cmd} on Windows
 */
public record Layout(Path root, Path home, String host, List<Component> components, String command,
        Map<String, String> environment) {

    public static final String HOST = "127.0.0.1";

    public Layout {
        root = root.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        components = List.copyOf(components);
        environment = Map.copyOf(environment);
    }

    /** The stack of a repository checkout, as {@code ./dvk} runs it. */
    public static Layout of(Path root, String command) {
        return new Layout(root, root.resolve(".dvk"), HOST, StackComponents.all(), command, System.getenv());
    }

    public Layout withComponents(List<Component> others) {
        return new Layout(root, home, host, others, command, environment);
    }

    public Layout withEnvironment(Map<String, String> variables) {
        return new Layout(root, home, host, components, command, variables);
    }

    /**
     * The same stack with every component's ports moved to free ones, none twice: for a stack a test or a benchmark
     * starts beside one that may run on the fixed ports.
     */
    public Layout onFreePorts() {
        Set<Integer> taken = new HashSet<>();
        List<Component> moved = new ArrayList<>();
        for (Component component : components) {
            List<Integer> ports = new ArrayList<>();
            while (ports.size() < component.ports().size()) {
                int port = Ports.free();
                if (taken.add(port)) {
                    ports.add(port);
                }
            }
            moved.add(component.onPorts(ports));
        }
        return withComponents(moved);
    }

    public List<Component> services() {
        return components.stream().filter(Component::isService).toList();
    }

    /** What the services need: everything that is not a service, in start order. */
    public List<Component> infrastructure() {
        return components.stream().filter(component -> !component.isService()).toList();
    }

    /** A component by its name or its short name ({@code reporting} for {@code reporting-service}). */
    public Optional<Component> component(String name) {
        return components.stream()
                .filter(component -> component.name().equals(name) || component.shortName().equals(name))
                .findFirst();
    }

    public Optional<Component> kafka() {
        return components.stream().filter(component -> component.kind() == Component.Kind.KAFKA).findFirst();
    }

    public Component.Site site(Component component) {
        return new Component.Site(host, home, component.ports());
    }

    public Path pids() {
        return home.resolve("pids");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path pidFile(Component component) {
        return pids().resolve(component.name() + ".pid");
    }

    public Path logFile(Component component) {
        return logs().resolve(component.name() + ".log");
    }

    public Path unitsFile() {
        return home.resolve("units.csv");
    }

    /** The one password of the demo logins, written by identity-service on its first demo start and kept. */
    public Path demoPasswordFile() {
        return home.resolve("demo-password");
    }

    /** The stack's generated passwords (Kafka's principals), readable by their owner only; never in the repository. */
    public Path secretsDirectory() {
        return home.resolve("secrets");
    }

    public StackSecrets secrets() {
        return new StackSecrets(secretsDirectory());
    }

    /** The copies the running stack was started from, so that a rebuild never pulls a jar from under a JVM. */
    public Path run() {
        return home.resolve("run");
    }

    public Path stagedLocalStack() {
        return run().resolve("local-stack");
    }

    public Path stagedJar(Component service) {
        return run().resolve(service.name() + ".jar");
    }

    /** local-stack's build output: {@code local-stack.jar} and its dependencies in {@code lib/}. */
    public Path builtLocalStack() {
        return root.resolve("local-stack").resolve("target");
    }

    /** The class path of a local-stack directory laid out as the build leaves it. */
    public static String localStackClassPath(Path directory) {
        return directory.resolve("local-stack.jar") + File.pathSeparator + directory.resolve("lib") + File.separator
                + "*";
    }

    /** The class path of a folder below {@code lib/} of a local-stack directory: its jars alone. */
    public static String libraryClassPath(Path directory, String folder) {
        return directory.resolve("lib").resolve(folder) + File.separator + "*";
    }

    public static boolean isLocalStack(Path directory) {
        return Files.isRegularFile(directory.resolve("local-stack.jar")) && Files.isDirectory(directory.resolve("lib"));
    }

    /** The build that makes every jar: the Maven wrapper of the repository. */
    public List<String> buildCommand() {
        String wrapper = JavaProcess.isWindows() ? "mvnw.cmd" : "mvnw";
        return List.of(root.resolve(wrapper).toString(), "-B", "-q", "-DskipTests", "install");
    }

    /** The build as the user would type it in the repository. */
    public String buildCommandText() {
        return wrapper() + " -B -q -DskipTests install";
    }

    /** The Maven wrapper as the user would type it in the repository. */
    public String wrapper() {
        return JavaProcess.isWindows() ? "mvnw.cmd" : "./mvnw";
    }

    /** A path as short as the user needs it: relative to the repository when it is inside. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
