package vn.dvk.localstack.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./dvk start} in the foreground, in a JVM of its own, with Kafka and the store on the given ports and the
 * data directory given: what {@link DvkLauncherIT} sends a signal to.
 */
public final class ForegroundStack {

    private ForegroundStack() {
    }

    /** Arguments: repository root, data directory, Kafka port, controller port, store port. */
    public static void main(String[] args) {
        Layout layout = infrastructureOnly(Path.of(args[0]), Path.of(args[1]),
                List.of(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4])));
        System.exit(new Launcher(layout, Console.system(), Path.of("").toAbsolutePath()).run("start"));
    }

    /** Kafka and the store of the real table, on the given ports in table order; no services. */
    static Layout infrastructureOnly(Path root, Path home, List<Integer> ports) {
        List<Component> infrastructure = StackComponents.all().stream()
                .filter(c -> c.name().equals("kafka") || c.name().equals("mongo")).toList();
        int next = 0;
        List<Component> moved = new ArrayList<>();
        for (Component component : infrastructure) {
            int count = component.ports().size();
            moved.add(component.onPorts(ports.subList(next, next + count)));
            next += count;
        }
        return new Layout(root, home, Layout.HOST, moved, "./dvk", Map.of("DVK_START_TIMEOUT", "300"));
    }
}
