package vn.dvk.localstack.launcher;

import java.util.Arrays;
import java.util.Optional;
import vn.dvk.localstack.process.JavaProcess;

/**
 * Names the process that holds a port, as far as Java can tell without OS tools: a JVM carrying a dvk marker for a
 * component that uses the port (a stack of another checkout, or one whose PID files are gone), else a process whose
 * arguments name the port (e.g. {@code docker-proxy -host-port 27017}). The JDK shows other processes' arguments on
 * Linux and macOS, not on Windows; there the owner stays unnamed.
 */
final class PortOwner {

    private static final int SHOWN_COMMAND_LENGTH = 140;

    private PortOwner() {
    }

    /** A process holding a port; {@code certain} when it is a dvk component, else a guess from its arguments. */
    record Owner(String description, boolean certain) {

        /** " by ...", or ", probably by ...", to follow "is already in use". */
        String afterInUse() {
            return (certain ? " by " : ", probably by ") + description;
        }

        /** "...", or "probably ...", to follow "used by another process: ". */
        String alone() {
            return (certain ? "" : "probably ") + description;
        }
    }

    static Optional<Owner> of(int port, Layout layout) {
        long self = ProcessHandle.current().pid();
        Optional<Owner> dvk = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .flatMap(process -> JavaProcess.markerOf(process.info())
                        .flatMap(layout::component)
                        .filter(component -> component.ports().contains(port))
                        .map(component -> new Owner("dvk's " + component.name() + ", " + describe(process), true))
                        .stream())
                .findFirst();
        if (dvk.isPresent()) {
            return dvk;
        }
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> namesPort(process.info(), port))
                .map(process -> new Owner(describe(process), false))
                .findFirst();
    }

    private static boolean namesPort(ProcessHandle.Info info, int port) {
        String number = Integer.toString(port);
        return info.arguments().stream().flatMap(Arrays::stream)
                .anyMatch(argument -> argument.equals(number) || argument.endsWith(":" + number)
                        || argument.endsWith("=" + number));
    }

    private static String describe(ProcessHandle process) {
        String command = process.info().commandLine().orElse(process.info().command().orElse("?"));
        if (command.length() > SHOWN_COMMAND_LENGTH) {
            command = command.substring(0, SHOWN_COMMAND_LENGTH) + "...";
        }
        return "pid " + process.pid() + " (" + command + ")";
    }
}
