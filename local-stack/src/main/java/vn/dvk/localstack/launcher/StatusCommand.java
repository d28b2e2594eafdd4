package vn.dvk.localstack.launcher;

import java.util.Optional;
import vn.dvk.localstack.process.Http;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;
import vn.dvk.localstack.process.ServiceLaunch;

/** {@code status}: each component up or down, its PID and health; exit 0 only when all are up and ready. */
final class StatusCommand {

    private static final String ROW = "%-22s %s %-8s %s%n";

    private final Layout layout;
    private final Console console;

    StatusCommand(Layout layout, Console console) {
        this.layout = layout;
        this.console = console;
    }

    int run() {
        PidFiles pidFiles = new PidFiles(layout);
        boolean allReady = true;
        console.out().printf("%-22s %-6s %-8s %s%n", "COMPONENT", "STATE", "PID", "HEALTH");
        for (Component component : layout.components()) {
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
        console.out().printf("%ndata: %s   logs: %s%n", layout.home(), layout.logs());
        return allReady ? 0 : 1;
    }
}
