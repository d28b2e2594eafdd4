package vn.dvk.localstack.launcher;

import java.util.Optional;
import vn.dvk.localstack.process.Http;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;
import vn.dvk.localstack.process.ServiceLaunch;

/**
 * {@code status}: each component up or down, its PID and health, then those of each district that runs; exit 0 only
 * when all are up and ready.
 */
final class StatusCommand {

    private static final String ROW = "%-22s %s %-8s %s%n";

    private final Layout layout;
    private final Console console;

    StatusCommand(Layout layout, Console console) {
        this.layout = layout;
        this.console = console;
    }

    int run() {
        console.out().printf("%-22s %-6s %-8s %s%n", "COMPONENT", "STATE", "PID", "HEALTH");
        boolean allReady = rows(layout);
        console.out().printf("%ndata: %s   logs: %s%n", layout.home(), layout.logs());
        for (DistrictCluster district : DistrictCluster.started(layout)) {
            PidFiles pidFiles = new PidFiles(district.layout());
            if (district.layout().components().stream().anyMatch(component -> pidFiles.running(component)
                    .isPresent())) {
                console.out().printf("%n%s%n", district.title());
                allReady &= rows(district.layout());
            }
        }
        return allReady ? 0 : 1;
    }

    /** One row per component of {@code stack}; whether all are up and ready. */
    private boolean rows(Layout stack) {
        PidFiles pidFiles = new PidFiles(stack);
        boolean allReady = true;
        for (Component component : stack.components()) {
            int port = component.port();
            Optional<JavaProcess> process = pidFiles.running(component);
            String state;
            String pid;
            String health;
            if (process.isPresent()) {
                state = console.green("up    ");
                pid = Long.toString(process.get().pid());
                boolean healthy;
                if (component.isService()) {
                    int status = Http.status(ServiceLaunch.readiness(layout.host(), port));
                    healthy = status == 200;
                    health = healthy ? "ready (http://" + layout.host() + ":" + port + ")"
                            : "not ready (HTTP " + (status == Http.NO_ANSWER ? "none" : status) + ")";
                } else {
                    healthy = Ports.accepting(layout.host(), port);
                    health = (healthy ? "listening on " : "not listening on ") + layout.host() + ":" + port;
                }
                allReady &= healthy;
            } else {
                state = console.red("down  ");
                pid = "-";
                allReady = false;
                health = Ports.taken(layout.host(), port)
                        ? "port " + port + " is used by another process"
                                + PortOwner.of(port, layout).map(owner -> ": " + owner.alone()).orElse("")
                        : "-";
            }
            console.out().printf(ROW, component.name(), state, pid, health);
        }
        return allReady;
    }
}
