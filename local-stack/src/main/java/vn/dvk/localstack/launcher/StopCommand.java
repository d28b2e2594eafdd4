package vn.dvk.localstack.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dvk.localstack.process.JavaProcess;

/** {@code stop}: stops a running stack by its recorded PIDs, in order. */
final class StopCommand {

    private final Layout layout;
    private final Console console;

    StopCommand(Layout layout, Console console) {
        this.layout = layout;
        this.console = console;
    }

    int run() {
        PidFiles pidFiles = new PidFiles(layout);
        Map<Component, JavaProcess> running = new LinkedHashMap<>();
        for (Component component : layout.components()) {
            pidFiles.running(component).ifPresent(process -> running.put(component, process));
        }
        if (running.isEmpty()) {
            pidFiles.removeAll();
            console.info("nothing is running");
            return 0;
        }
        new StackStopper(layout, console, pidFiles).stop(running);
        console.info("stopped");
        return 0;
    }
}
