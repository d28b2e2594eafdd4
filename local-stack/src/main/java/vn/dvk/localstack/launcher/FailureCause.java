package vn.dvk.localstack.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dvk.localstack.process.JavaProcess;

/** The cause of a failed start as far as the component's log shows it, read from the lines of its last start. */
final class FailureCause {

    /** Enough for any start-up; a log appended across many restarts is not read whole. */
    private static final long LAST_START_BYTES = 4L * 1024 * 1024;
    private static final Pattern PORT_IN_USE = Pattern.compile(
            "(?i)address already in use|port [0-9]+ was already in use|BindException");
    private static final String SPRING_FAILURE = "APPLICATION FAILED TO START";
    private static final Pattern EXCEPTION = Pattern.compile(
            "([A-Za-z_$][A-Za-z0-9_$]*\\.)+[A-Za-z0-9_$]*(Exception|Error)(: |$)");
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at ");

    private FailureCause() {
    }

    /**
     * Lines to print: a port in use; else Spring Boot's failure analysis; else the root cause (the last
     * "Caused by:"), the first exception, or the first ERROR line; and always the log's path.
     */
    static List<String> explain(Path log) {
        List<String> explanation = new ArrayList<>();
        if (!Files.isRegularFile(log)) {
            return explanation;
        }
        List<String> recent;
        try {
            recent = JavaProcess.linesOfLastStart(log, LAST_START_BYTES);
        } catch (IOException unreadable) {
            recent = List.of();
        }
        Optional<String> portInUse = recent.stream().filter(line -> PORT_IN_USE.matcher(line).find()).findFirst();
        int springFailure = firstIndexContaining(recent, SPRING_FAILURE);
        if (portInUse.isPresent()) {
            explanation.add("  cause: port in use: " + portInUse.get());
        } else if (springFailure >= 0) {
            explanation.add("  cause (Spring Boot's analysis):");
            // The banner's own line and the blank line after it carry nothing; the analysis follows.
            recent.subList(Math.min(recent.size(), springFailure + 2), Math.min(recent.size(), springFailure + 13))
                    .forEach(line -> explanation.add("    " + line));
        } else {
            rootCause(recent).ifPresent(cause -> explanation.add("  cause: " + cause));
        }
        explanation.add("  log: " + log);
        return explanation;
    }

    private static int firstIndexContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> rootCause(List<String> lines) {
        Optional<String> causedBy = lines.stream().filter(line -> line.startsWith("Caused by: "))
                .reduce((first, last) -> last);
        if (causedBy.isPresent()) {
            return causedBy;
        }
        Optional<String> exception = lines.stream()
                .filter(line -> !STACK_FRAME.matcher(line).find())
                .filter(line -> EXCEPTION.matcher(line).find())
                .findFirst();
        if (exception.isPresent()) {
            return exception;
        }
        return lines.stream().filter(line -> line.contains(" ERROR ")).findFirst();
    }
}
