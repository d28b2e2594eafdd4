package vn.dvk.localstack.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.localstack.process.JavaProcess;

/**
 * The processes one {@code start} has launched. The start thread launches and the shutdown hook (Ctrl-C, SIGTERM)
 * stops; the two exclude each other, so no process is launched after the stop began, and a stop that is running
 * finishes before another caller returns.
 */
final class StartedProcesses {

    private final PidFiles pidFiles;
    private final StackStopper stopper;
    private final Map<Component, JavaProcess> started = new LinkedHashMap<>();
    private boolean stopping;

    StartedProcesses(PidFiles pidFiles, StackStopper stopper) {
        this.pidFiles = pidFiles;
        this.stopper = stopper;
    }

    synchronized JavaProcess launch(Component component, JavaProcess.Builder builder) {
        if (stopping) {
            throw new StoppingException();
        }
        JavaProcess process = builder.start();
        started.put(component, process);
        pidFiles.record(component, process);
        return process;
    }

    synchronized List<Map.Entry<Component, JavaProcess>> snapshot() {
        return List.copyOf(started.entrySet());
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    /** Leaves everything running for a later {@code stop}: a detached start. */
    synchronized void release() {
        started.clear();
    }

    /**
     * Stops what was launched, announcing it first; false when nothing was left to stop (already stopped, released
     * or never started).
     */
    synchronized boolean stopAll(Runnable announce) {
        stopping = true;
        if (started.isEmpty()) {
            return false;
        }
        announce.run();
        stopper.stop(new LinkedHashMap<>(started));
        started.clear();
        return true;
    }

    /** A launch refused because the stack is being stopped. */
    static final class StoppingException extends IllegalStateException {
        StoppingException() {
            super("the stack is being stopped");
        }
    }
}
