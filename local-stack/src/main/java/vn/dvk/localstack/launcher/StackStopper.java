package vn.dvk.localstack.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.dvk.localstack.process.JavaProcess;

/**
 * Stops a stack in order: the services first (they flush their outboxes and commit their offsets), then the rest in
 * reverse start order, the store before Kafka. Each group gets SIGTERM and up to 20 s before SIGKILL; their PID files
 * go with them.
 */
final class StackStopper {

    static final Duration GRACE = Duration.ofSeconds(20);

    private final Layout layout;
    private final Console console;
    private final PidFiles pidFiles;

    StackStopper(Layout layout, Console console, PidFiles pidFiles) {
        this.layout = layout;
        this.console = console;
        this.pidFiles = pidFiles;
    }

    /** Stops the given processes of the stack's components. */
    void stop(Map<Component, JavaProcess> running) {
        stopGroup(layout.services(), running);
        List<Component> infrastructure = new ArrayList<>(layout.infrastructure());
        Collections.reverse(infrastructure);
        for (Component component : infrastructure) {
            stopGroup(List.of(component), running);
        }
    }

    private void stopGroup(List<Component> group, Map<Component, JavaProcess> running) {
        List<JavaProcess> processes = new ArrayList<>();
        for (Component component : group) {
            JavaProcess process = running.get(component);
            if (process != null && process.isAlive()) {
                console.info("stopping " + component.name() + " (pid " + process.pid() + ")");
                processes.add(process);
            }
        }
        JavaProcess.stopAll(processes, GRACE, stubborn -> console.warn(stubborn.name() + " (pid " + stubborn.pid()
                + ") did not stop within " + GRACE.toSeconds() + "s; killing it"));
        group.forEach(pidFiles::remove);
    }
}
