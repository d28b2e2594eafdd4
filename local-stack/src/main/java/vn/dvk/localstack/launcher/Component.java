package vn.dvk.localstack.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of the stack's table ({@link StackComponents}): a process {@code ./dvk} runs, the ports it needs, and how
 * it starts. Its name is the marker, the PID file, the log file and the name {@code status} and {@code logs} use.
 *
 * @param ports the first is the one its readiness is probed on
 * @param title what the start messages call it
 * @param summaryLabel how the summary printed after a start labels its address (services are listed apart)
 * @param summaryAddress its address in that summary
 * @param mainClass for {@link Kind#MAIN_CLASS}: the class run from the local-stack class path
 * @param jvmOptions for {@link Kind#MAIN_CLASS}: the JVM options, which may name its ports (a program configured by
 *        system properties)
 * @param arguments for {@link Kind#MAIN_CLASS}: the program arguments
 * @param data the file or directory its data lives in, if any
 * @param page for a service: a page worth a line of its own in the summary
 * @param ownLibrary for {@link Kind#MAIN_CLASS}: a folder below local-stack's {@code lib/} whose jars alone are its
 *        class path, for a program shipped as a self-contained jar whose classes must not mix with the others'
 */
public record Component(String name, Kind kind, List<Integer> ports, String title, String summaryLabel,
        Function<Site, String> summaryAddress, String mainClass, Function<Site, List<String>> jvmOptions,
        Function<Site, List<String>> arguments, Optional<Function<Site, Path>> data, Optional<Page> page,
        Optional<String> ownLibrary) {

    /** How a component is started and probed. */
    public enum Kind {
        /** Kafka from the local-stack class path, with its configuration and storage ({@code KafkaBroker}). */
        KAFKA,
        /** A main class from the local-stack class path; ready once its first port accepts connections. */
        MAIN_CLASS,
        /**
         * MirrorMaker 2 between the clusters of the stack ({@code KafkaMirror}), from the local-stack class path;
         * started once the clusters before it are ready and secured, ready once its internal REST server listens and
         * it has logged that it started ({@code KafkaMirror.startedSince}).
         */
        MIRROR_MAKER,
        /** A service from its jar ({@code <name>/target/<name>.jar}); ready once its readiness probe answers 200. */
        SERVICE
    }

    /**
     * A page of a service, e.g. the reporting dashboard.
     *
     * @param frontDoor the page officials start from (the portal): listed first, signed into with a demo login
     */
    public record Page(String label, String path, boolean frontDoor) {
    }

    /** Where a component runs, for computing its arguments and addresses. */
    public record Site(String host, Path home, List<Integer> ports) {

        public String port(int index) {
            return Integer.toString(ports.get(index));
        }

        public Path home(String first, String... more) {
            return home.resolve(Path.of(first, more));
        }
    }

    public Component {
        ports = List.copyOf(ports);
    }

    /** Kafka on its listener port and its KRaft controller port. */
    public static Component kafka(int port, int controllerPort) {
        return new Component("kafka", Kind.KAFKA, List.of(port, controllerPort), "Kafka", "Kafka",
                at -> at.host() + ":" + at.port(0) + " (KRaft controller " + at.host() + ":" + at.port(1) + ")",
                "", at -> List.of(), at -> List.of(), Optional.of(at -> at.home("kafka", "data")),
                Optional.empty(), Optional.empty());
    }

    /** MirrorMaker 2, its internal REST server on {@code port}. */
    public static Component mirrorMaker(int port) {
        return new Component("mirror-maker", Kind.MIRROR_MAKER, List.of(port), "MirrorMaker 2", "MirrorMaker 2",
                at -> "http://" + at.host() + ":" + at.port(0) + " (its internal REST server)", "", at -> List.of(),
                at -> List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A main class on the local-stack class path, listening on the given ports. */
    public static Component mainClass(String name, String title, String summaryLabel, String mainClass,
            List<Integer> ports) {
        return new Component(name, Kind.MAIN_CLASS, ports, title, summaryLabel,
                at -> at.host() + ":" + at.port(0), mainClass, at -> List.of(), at -> List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A dvk service from its jar, on its HTTP port. */
    public static Component service(String name, int port) {
        return new Component(name, Kind.SERVICE, List.of(port), name, name, at -> "http://" + at.host() + ":"
                + at.port(0), "", at -> List.of(), at -> List.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public Component jvmOptions(List<String> options) {
        List<String> fixed = List.copyOf(options);
        return jvmOptions(at -> fixed);
    }

    public Component jvmOptions(Function<Site, List<String>> options) {
        return new Component(name, kind, ports, title, summaryLabel, summaryAddress, mainClass, options, arguments,
                data, page, ownLibrary);
    }

    public Component arguments(Function<Site, List<String>> values) {
        return new Component(name, kind, ports, title, summaryLabel, summaryAddress, mainClass, jvmOptions, values,
                data, page, ownLibrary);
    }

    public Component address(Function<Site, String> address) {
        return new Component(name, kind, ports, title, summaryLabel, address, mainClass, jvmOptions, arguments,
                data, page, ownLibrary);
    }

    public Component data(Function<Site, Path> where) {
        return new Component(name, kind, ports, title, summaryLabel, summaryAddress, mainClass, jvmOptions,
                arguments, Optional.of(where), page, ownLibrary);
    }

    public Component page(String label, String path) {
        return new Component(name, kind, ports, title, summaryLabel, summaryAddress, mainClass, jvmOptions,
                arguments, data, Optional.of(new Page(label, path, false)), ownLibrary);
    }

    /** The page officials open first; a service behind it that has no API documents of its own. */
    public Component frontDoor(String label, String path) {
        return new Component(name, kind, ports, title, summaryLabel, summaryAddress, mainClass, jvmOptions,
                arguments, data, Optional.of(new Page(label, path, true)), ownLibrary);
    }

    public boolean isFrontDoor() {
        return page.map(Page::frontDoor).orElse(false);
    }

    public Component ownLibrary(String folderBelowLib) {
        return new Component(name, kind, ports, title, summaryLabel, summaryAddress, mainClass, jvmOptions,
                arguments, data, page, Optional.of(folderBelowLib));
    }

    /** The same component on other ports, e.g. free ones for a test. */
    public Component onPorts(List<Integer> others) {
        if (others.size() != ports.size()) {
            throw new IllegalArgumentException(name + " needs " + ports.size() + " ports, got " + others);
        }
        return new Component(name, kind, others, title, summaryLabel, summaryAddress, mainClass, jvmOptions,
                arguments, data, page, ownLibrary);
    }

    public int port() {
        return ports.get(0);
    }

    public boolean isService() {
        return kind == Kind.SERVICE;
    }

    /** The name {@code logs} also accepts: a service's name without {@code -service}. */
    public String shortName() {
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }
}
