package vn.dvk.localstack.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dvk.localstack.process.JavaProcess;

/** {@code stop}: stops a running stack by its recorded PIDs, in order, its districts first. */
final class StopCommand {

    private final Layout layout;
    private final Console console;

    StopCommand(Layout layout, Console console) {
        this.layout = layout;
        this.console = console;
    }

    int run() {
        boolean stopped = false;
        for (DistrictCluster district : DistrictCluster.started(layout)) {
            stopped |= stop(district.layout());
        }
        stopped |= stop(layout);
        console.info(stopped ? "stopped" : "nothing is running");
        return 0;
    }

    /** Stops what runs of one stack (a district's before its province's); false when nothing did. */
    private boolean stop(Layout stack) {
        PidFiles pidFiles = new PidFiles(stack);
        Map<Component, JavaProcess> running = new LinkedHashMap<>();
        for (Component component : stack.components()) {
            pidFiles.running(component).ifPresent(process -> running.put(component, process));
        }
        if (running.isEmpty()) {
            pidFiles.removeAll();
            return false;
        }
        new StackStopper(stack, console, pidFiles).stop(running);
        return true;
    }
}
